onboarding-consent-yes = ✅ Даю согласие
onboarding-consent-no = Не даю согласия
people-status-active = { $personGender ->
    [female] активна
    [male] активен
   *[other] в программе
}
people-status-deactivated = { $personGender ->
    [female] отключена
    [male] отключён
   *[other] учётная запись отключена
}
people-already-deactivated = Эта учётная запись уже отключена.
people-not-deactivated = Эта учётная запись и так активна.
people-deactivated = { $personGender ->
    [female] { $name } отключена. История сохранена, вернуть её можно в карточке.
    [male] { $name } отключён. История сохранена, вернуть его можно в карточке.
   *[other] Учётная запись отключена: { $name }. История сохранена, вернуть можно в карточке.
}
people-reactivated = { $name } снова в программе.
question-escalation-settled = { $header }: { $mentorGender ->
    [female] вопрос взяла { $name }.
    [male] вопрос взял { $name }.
   *[other] вопрос в работе, наставник — { $name }.
}
question-offer-taken-by = { $header }: { $mentorGender ->
    [female] вопрос уже взяла { $name }.
    [male] вопрос уже взял { $name }.
   *[other] вопрос уже в работе, наставник — { $name }.
} Спасибо!
question-taken-asker = { $header }: { $mentorGender ->
    [female] ваш вопрос взяла { $name }
    [male] ваш вопрос взял { $name }
   *[other] ваш вопрос в работе, наставник — { $name }
}{ $position ->
    [none] {""}
   *[other] , { $position }
}. Пишите сюда: я перешлю ваши сообщения, а ответы пришлю вам.
question-already-taken = { $mentorGender ->
    [female] Вопрос уже взяла { $name }.
    [male] Вопрос уже взял { $name }.
   *[other] Вопрос уже в работе, наставник — { $name }.
}
question-assigned-mentor = { $curatorGender ->
    [female] Куратор { $curator } поручила вам вопрос.
    [male] Куратор { $curator } поручил вам вопрос.
   *[other] Вам поручен вопрос (куратор — { $curator }).
}
    { $header }
    Спрашивает { $name }:

    { $text }

    Пишите ответ прямо сюда — я перешлю его.
question-rated-mentor = { $header }: { $askerGender ->
    [female] { $name } оценила вашу помощь на { $rating } из 5.
    [male] { $name } оценил вашу помощь на { $rating } из 5.
   *[other] вашу помощь оценили на { $rating } из 5 ({ $name }).
}
question-other-unreachable = Не могу доставить сообщение: { $name } сейчас не получает сообщения бота.
question-released-reason = { $reason ->
    [handed_over] передаёт вопрос другому наставнику
    [deactivated] больше не участвует в программе
   *[unreachable] больше не получает сообщения бота
}
question-closed-by = { $by ->
    [asker] по отметке спрашивающего
    [mentor] по отметке наставника
    [idle] из-за долгой тишины
    [unreachable] : бот больше не может написать собеседнику
   *[left] : собеседник больше не участвует в программе
}
session-host-me = { $readerGender ->
    [female] Веду сама
    [male] Веду сам
   *[other] Веду я
}
session-feedback-absent = По отметке ведущего вас не было на этой встрече, поэтому оценить её нельзя. Если это ошибка, напишите ведущему.
programmes-reported-to-mentor = { $actorGender ->
    [female] { $name } отметила выполненным: «{ $title }» (срок { $date }).
    [male] { $name } отметил выполненным: «{ $title }» (срок { $date }).
   *[other] Отмечено выполненным: «{ $title }» (срок { $date }), отметка от { $name }.
}
    Комментарий: { $comment }
programmes-confirmed-to-mentee = { $actorGender ->
    [female] { $name } приняла «{ $title }». Отлично!
    [male] { $name } принял «{ $title }». Отлично!
   *[other] Наставник { $name }: «{ $title }» принято. Отлично!
}
programmes-returned-to-mentee = { $actorGender ->
    [female] { $name } вернула «{ $title }» на доработку: { $remark }
    [male] { $name } вернул «{ $title }» на доработку: { $remark }
   *[other] Наставник { $name }: «{ $title }» нужно доработать. { $remark }
}
programmes-agreement-changed = { $actorGender ->
    [female] { $name } записала договорённости по программе №{ $id }: { $text }
    [male] { $name } записал договорённости по программе №{ $id }: { $text }
   *[other] Новые договорённости по программе №{ $id } ({ $name }): { $text }
}
programmes-declined = Программа №{ $id } не начнётся: { $actorGender ->
    [female] { $name } отказалась от участия.
    [male] { $name } отказался от участия.
   *[other] { $name } не участвует.
}
programmes-move-accepted = { $actorGender ->
    [female] { $name } согласна: срок «{ $title }» теперь { $date }.
    [male] { $name } согласен: срок «{ $title }» теперь { $date }.
   *[other] { $name } принимает перенос: срок «{ $title }» теперь { $date }.
}
programmes-move-declined = { $actorGender ->
    [female] { $name } не согласна переносить срок «{ $title }» на { $date }.
    [male] { $name } не согласен переносить срок «{ $title }» на { $date }.
   *[other] { $name } не принимает перенос срока «{ $title }» на { $date }.
}
programmes-extend-declined = { $actorGender ->
    [female] { $name } не согласна продлевать программу №{ $id } до { $to }.
    [male] { $name } не согласен продлевать программу №{ $id } до { $to }.
   *[other] { $name } не принимает продление программы №{ $id } до { $to }.
}
programmes-button-agree = { $readerGender ->
    [female] Согласна участвовать
    [male] Согласен участвовать
   *[other] Участвую
}
programmes-button-accept = { $readerGender ->
    [female] Согласна
    [male] Согласен
   *[other] Принимаю
}
programmes-mentor-deactivated = Программа №{ $id } осталась без наставника: { $name } больше не в программе (наставляемые: { $mentees }). Назначьте нового наставника.
programmes-person-not-active = Этого человека сейчас нет в программе: выберите другого.
broadcast-ack-button = { $readerGender ->
    [female] ✅ Ознакомлена
    [male] ✅ Ознакомлен
   *[other] ✅ Прочитано
}
broadcast-preview-ack-on = Попрошу подтвердить, что объявление прочитано.
broadcast-preview-ack-off = Подтверждать прочтение не нужно.
broadcast-ack-on-button = Просить подтвердить прочтение
reports-left = больше не в программе
