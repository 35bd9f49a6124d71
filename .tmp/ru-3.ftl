session-created = ✅ Встреча создана. { $count ->
    [0] Приглашать пока некого.
    [one] Приглашение получит { $count } коллега.
    [few] Приглашение получат { $count } коллеги.
    [many] Приглашение получат { $count } коллег.
   *[other] Приглашение получат { $count } коллеги.
}
question-queued = Вопрос №{ $id } принят. Наставники по этой теме сейчас не на связи: предложу им вопрос { $when }, когда начнутся их часы связи.
session-when-confirm = Встреча { $when }. Верно?
session-when-assumed = Дату вы не указали, поэтому я взял ближайшее такое время: { $when }. Верно?
question-report-totals = Вопросов задано: { $asked }, решено: { $closed }, передано куратору: { $escalated }. { $rating ->
    [none] Оценок пока нет.
   *[other] Средняя оценка: { $rating }.
}
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating ->
    [none] оценок нет
   *[other] { $rating }
}
labour-record-line = • { $name }: ответов на вопросы — { $questions }, встреч проведено — { $sessions }, мероприятий плана подтверждено — { $items }, { $rated ->
    [0] оценок пока нет
   *[other] средняя оценка — { $rating } (оценок: { $rated })
}
session-feedback-summary = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}, средняя { $average }. Что участники попробуют в работе:
session-report-summary = Встреч: { $held }, участников: { $people }, разных пар «ведущий — участник»: { $pairs }. { $average ->
    [none] Оценок пока нет.
   *[other] Средняя оценка: { $average }.
}
broadcast-platform-local = в этом чате: { $count }
broadcast-platform-vk = ВКонтакте: { $count }
import-report = { $accepted ->
    [one] Принята { $accepted } строка
    [few] Приняты { $accepted } строки
   *[other] Принято { $accepted } строк
}, отклонено: { $rejected }. Личные приглашения действуют { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}.
documents-report-more-rows = { $count ->
    [one] Ещё { $count } строка — в таблице XLSX (/report).
    [few] Ещё { $count } строки — в таблице XLSX (/report).
   *[other] Ещё { $count } строк — в таблице XLSX (/report).
}
