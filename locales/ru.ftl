# Texts of «Наставник». Every user-facing string is a key here and in the other locale file.
# Each capability keeps its keys in its own section; add new keys just above the section's end marker.

## common

common-private-only = Я работаю только в личных сообщениях. Напишите мне в личку — там всё и сделаем.
common-unsupported = Такие сообщения я не понимаю. Пришлите текст, фото, документ или голосовое сообщение.
common-too-long = Сообщение слишком длинное: не больше { $max } символов. Разбейте его на части.
common-use-buttons = Пожалуйста, выберите вариант кнопкой под сообщением выше.
common-file-not-expected = Файл сейчас не нужен. Если хотите задать вопрос с файлом — начните с /ask.
common-not-member = Вы пока не участник программы наставничества. Попросите у куратора ссылку-приглашение или отправьте код приглашения: /start КОД
common-deactivated = Ваша учётная запись отключена куратором. Если это ошибка, обратитесь к куратору.
common-dont-understand = Не понял вас. Выберите действие в меню или посмотрите /help.
common-unknown-command = Команды /{ $command } нет. Список команд: /help
common-not-allowed = Это действие вам недоступно.
common-stale-button = Эта кнопка устарела. Откройте свежее сообщение.
common-error = Что-то пошло не так, ничего не изменено. Попробуйте ещё раз чуть позже.
common-prev = ◀ Назад
common-next = Далее ▶
common-done = Готово
cmd-start = начать работу с ботом
cmd-help = что умеет бот
cmd-menu = показать главное меню
cmd-profile = мой профиль
cmd-language = язык / language
cmd-find = кто может помочь: поиск по темам и именам
cmd-cancel = отменить текущее действие
cmd-invite = создать приглашение
cmd-invites = активные приглашения
help-title = Что я умею:
menu-shown = Главное меню ниже.
menu-help = ℹ️ Помощь
menu-profile = 👤 Профиль
menu-find = 🔎 Кто поможет
cancel-done = Отменено.
cancel-onboarding = Регистрацию нельзя отменить на полпути, но можно ответить позже — я подожду.
cancel-nothing = Отменять нечего.
# end of common


## people

onboarding-welcome-back = С возвращением, { $name }! Главное меню ниже.
onboarding-need-code = Здравствуйте! Это бот программы наставничества «{ $org }». Чтобы войти, откройте ссылку-приглашение от куратора или отправьте код приглашения сообщением. Если вы уже в программе через другой мессенджер, получите там код командой /link и отправьте сюда: /link КОД
onboarding-bootstrap-used = Этот код первого запуска уже использован: администратор уже назначен. Попросите у куратора приглашение.
onboarding-invitation-unknown = Такого приглашения нет. Проверьте код или попросите у куратора новую ссылку.
onboarding-invitation-expired = Срок действия приглашения истёк. Попросите у куратора новое.
onboarding-invitation-revoked = Это приглашение отозвано куратором. Попросите новое.
onboarding-invitation-used-up = По этому приглашению уже зарегистрировались все, для кого оно было. Попросите у куратора новое.
onboarding-consent =
    Добро пожаловать в программу наставничества «{ $org }»!

    Для работы бот хранит ваши ФИО, должность, темы, в которых вы помогаете и хотите получить помощь, часы связи и переписку в рамках наставничества. Данные используются только для программы наставничества вашей организации и не передаются третьим лицам. Вы можете в любой момент выгрузить свои данные (/my_data) или удалить их (/forget).

    Согласны на обработку персональных данных (152-ФЗ)?
onboarding-consent-yes = ✅ Согласен(на)
onboarding-consent-no = Не согласен(на)
onboarding-consent-declined = Понял. Я ничего о вас не сохранил. Если передумаете — снова откройте приглашение.
onboarding-consent-thanks = Спасибо!
onboarding-done = Готово, вы в программе! Вот ваш профиль. Изменить его можно командой /profile.
profile-ask-name = Как вас зовут? Напишите фамилию, имя и отчество.
profile-ask-position = Ваша должность? Выберите кнопкой или напишите.
profile-ask-offers =
    В каких темах вы можете помочь коллегам? Отметьте кнопками и нажмите «Готово» (можно ничего не выбирать).
    Выбрано: { $chosen }
    Страница { $page } из { $pages }
profile-ask-wants =
    В каких темах вам была бы полезна помощь? Отметьте кнопками и нажмите «Готово».
    Выбрано: { $chosen }
    Страница { $page } из { $pages }
profile-ask-days = В какие дни вам можно писать?
profile-ask-hours = В какие часы? Выберите или напишите, например: 9-18 или 08:30-17:00
profile-ask-timezone = Ваш часовой пояс? По умолчанию — как у организации ({ $zone }). Можно написать название пояса, например Asia/Novosibirsk.
profile-none = —
profile-bad-name = Напишите, пожалуйста, ФИО буквами — от 2 до { $max } символов.
profile-bad-position = Должность — от 2 до { $max } символов.
profile-bad-hours = Не понял часы. Напишите так: 9-18 или 08:30-17:00 (начало раньше конца).
profile-bad-timezone = Не знаю такого часового пояса. Выберите кнопкой или напишите, например, Europe/Moscow.
profile-days-mon-fri = Пн–Пт
profile-days-mon-sat = Пн–Сб
profile-days-every = Ежедневно
profile-day-mon = пн
profile-day-tue = вт
profile-day-wed = ср
profile-day-thu = чт
profile-day-fri = пт
profile-day-sat = сб
profile-day-sun = вс
position-educator = Воспитатель
position-senior-educator = Старший воспитатель
position-teacher = Учитель
position-speech-therapist = Учитель-логопед
position-psychologist = Педагог-психолог
position-music = Музыкальный руководитель
position-pe = Инструктор по физкультуре
position-defectologist = Учитель-дефектолог
position-extra-education = Педагог доп. образования
tz-kaliningrad = Калининград
tz-moscow = Москва
tz-samara = Самара
tz-yekaterinburg = Екатеринбург
tz-omsk = Омск
tz-krasnoyarsk = Красноярск, Новосибирск
tz-irkutsk = Иркутск
tz-yakutsk = Якутск
tz-vladivostok = Владивосток
tz-kamchatka = Камчатка
profile-card =
    👤 { $name }
    Должность: { $position }
    Роли: { $roles }
    Помогаю в темах: { $offers }
    Хочу помощь в темах: { $wants }
    Дни связи: { $days }
    Часы связи: { $hours } ({ $zone })
    Язык: { $language }
    Мессенджеры: { $platforms }
profile-edit-name = ФИО
profile-edit-position = Должность
profile-edit-offers = Помогаю в…
profile-edit-wants = Хочу помощь в…
profile-edit-days = Дни связи
profile-edit-hours = Часы связи
profile-edit-timezone = Часовой пояс
profile-saved = Сохранено.
role-admin = администратор
role-curator = куратор
role-mentor = наставник
role-mentee = наставляемый
role-staff = сотрудник
language-ru = Русский
language-en = English
language-ask = Выберите язык / Choose your language
language-set = Язык: русский.
find-usage = Напишите, что ищете: /find родители — или просто слово после команды.
find-ask = Кого или что ищем? Напишите тему или имя, например: родители, ОВЗ, Иванова.
find-too-long = Слишком длинный запрос, сократите до 100 символов.
find-nothing = По запросу «{ $query }» никого не нашёл. Попробуйте другое слово.
find-title = { $count ->
    [one] По запросу «{ $query }» нашёлся { $count } человек:
    [few] По запросу «{ $query }» нашлось { $count } человека:
   *[other] По запросу «{ $query }» нашлось { $count } человек:
}
find-entry = • { $name } ({ $position }) — помогает: { $topics }
invite-usage = Так: /invite РОЛЬ [СКОЛЬКО_ЧЕЛОВЕК] [ДНЕЙ], где роль — curator, mentor, mentee или staff; человек до { $maxUses }, дней до { $maxDays }. Или просто /invite — и выберите кнопками.
invite-ask-role = Кого приглашаем?
invite-ask-uses = Для скольких человек приглашение? Выберите или напишите число.
invite-uses-option = { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[other] { $count } человек
}
invite-ask-days = Сколько дней действует приглашение? Выберите или напишите число.
invite-days-option = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[other] { $count } дней
}
invite-bad-number = Напишите число (например, 25) или выберите кнопкой.
invite-no-link = ссылка появится, когда бот подключён к Telegram
invite-created =
    Приглашение создано: { $role }, до { $max } чел., действует до { $expires }.
    Ссылка для Telegram: { $link }
    Ссылка для VK: { $vk }
    Код для других мессенджеров (отправить боту): /start { $code }
invite-no-vk-link = ссылка появится, когда бот подключён к VK
invites-none = Активных приглашений нет. Создать: /invite
invites-entry = { $role }: код { $code }, использовано { $uses } из { $max }, до { $expires }. { $link }
invites-revoke = Отозвать
invites-already-revoked = Уже отозвано или не найдено.
invites-revoked = Отозвано.
invites-revoked-code = Приглашение { $code } отозвано: по нему больше нельзя войти.
onboarding-prefilled = Куратор уже внёс ваши данные: { $name }. Осталось указать, когда вам удобно писать. Поправить профиль можно потом командой /profile.
cmd-people = сотрудники: роли, отключение
cmd-import = загрузить список сотрудников (CSV)
cmd-topics = список тем
cmd-my-data = выгрузить мои данные
cmd-forget = удалить мои данные
menu-people = 👥 Сотрудники
people-title = Сотрудники: { $total } (активны { $active }, наставников { $mentors }, наставляемых { $mentees }). Страница { $page } из { $pages }. Нажмите на имя, чтобы открыть карточку.
people-status = Статус: { $status }
people-status-active = активен
people-status-deactivated = отключён
people-status-onboarding = регистрируется
people-status-forgotten = данные удалены
people-deactivate = Отключить
people-reactivate = Вернуть
people-not-found = Сотрудник не найден.
people-last-curator = Вы единственный куратор: сначала назначьте другого.
people-roles-saved = Роли сохранены.
people-not-yourself = Себя отключить нельзя.
people-already-deactivated = Уже отключён.
people-not-deactivated = Сотрудник и так активен.
people-deactivated = { $name } отключён(а). История сохранена; вернуть можно в карточке.
people-reactivated = { $name } снова активен(на).
import-how =
    Пришлите файл CSV со списком сотрудников (можно сохранить из Excel «CSV (разделители — точка с запятой)»).
    Первая строка — заголовки: ФИО; Должность; Роли; Помогает; Нужна помощь.
    Роли — через запятую: наставник, наставляемый, куратор, сотрудник. Темы — названия из списка /topics через запятую.
    Каждый получит личное приглашение; файл со ссылками я пришлю в ответ.
import-not-csv = Нужен файл с расширением .csv.
import-too-big = Файл слишком большой или не скачался. До 2 МБ, пожалуйста.
import-bad-csv = Не получилось прочитать файл как CSV. Сохраните его из Excel как «CSV (разделители — точка с запятой)».
import-empty = В файле нет строк с сотрудниками.
import-too-many = В файле { $count } строк, а за раз можно не больше { $max }. Разбейте список на части.
import-bad-columns = Не нашёл столбец «ФИО». Первая строка должна быть заголовками: ФИО; Должность; Роли; Помогает; Нужна помощь.
import-row-bad-name = пустое или странное ФИО
import-row-duplicate-file = повтор в файле
import-row-duplicate-existing = такой сотрудник уже есть или уже приглашён
import-row-bad-role = неизвестная роль «{ $role }»
import-row-bad-topic = неизвестная тема «{ $topic }»
import-rejected-line = строка { $line }: { $problem }
import-rejected-more = …и ещё { $count }
import-report = { $accepted ->
    [one] Принята { $accepted } строка
    [few] Приняты { $accepted } строки
   *[other] Принято { $accepted } строк
}, отклонено: { $rejected }. Личные приглашения действуют { $days } дней.
import-links-file = Файл с личными ссылками и кодами — раздайте их сотрудникам.
import-col-name = ФИО
import-col-role = Роли
import-col-code = Код
import-col-link = Ссылка Telegram
topics-title = Темы организации ({ $count }):
topics-usage = Добавить тему: /topics add Название. Кнопка с темой — убрать её в архив (история сохранится).
topics-bad-title = Название темы — от 2 до 40 символов.
topics-exists = Тема «{ $title }» уже есть.
topics-added = Тема «{ $title }» добавлена.
topics-archived = Тема «{ $title }» убрана в архив.
privacy-export-ready = Всё, что бот хранит о вас, — в файле.
privacy-forget-confirm = Удалить ваши данные? ФИО, должность, темы, часы связи и привязка мессенджеров будут удалены. Сообщения коллегам останутся у них, но без вашего имени. Это нельзя отменить.
privacy-forget-yes = Удалить навсегда
privacy-forget-no = Нет, оставить
privacy-forget-cancelled = Ничего не удалено.
privacy-forget-last-admin = Вы единственный администратор. Сначала назначьте другого куратора (/people), потом удаляйте данные.
privacy-forgotten = Ваши данные удалены. Спасибо, что были в программе! Вернуться можно по новому приглашению.
# end of people


## questions

# end of questions


## sessions

# end of sessions


## programmes

programmes-cmd-plan = мой план по программе наставничества
programmes-cmd-programmes = все пары и группы с прогрессом
programmes-cmd-new = сформировать пару или группу
programmes-menu-plan = 🗓 Мой план
programmes-menu-programmes = 🗂 Программы
programmes-kind-traditional = традиционное (один на один)
programmes-kind-group = групповое
programmes-kind-reverse = реверсивное
programmes-kind-goal_setting = краткосрочное, целеполагание
programmes-kind-distance = дистанционный коучинг
programmes-status-proposed = ждёт согласия участников
programmes-status-active = идёт
programmes-status-ended = завершена
programmes-status-declined = отклонена
programmes-resp-mentee = наставляемый
programmes-resp-mentor = наставник
programmes-resp-both = оба
programmes-plan-header = Программа №{ $id } · { $kind }
    Наставник: { $mentor }
    Наставляемые: { $mentees }
    Срок: { $from } — { $to } · { $status }
programmes-progress = В срок: { $onTime } · с опозданием: { $late } · на проверке: { $awaiting } · просрочено: { $overdue } · впереди: { $upcoming }
programmes-plan-empty = В плане пока нет мероприятий.
programmes-item-line = { $icon } { $n }. { $title } — до { $date } ({ $responsible })
programmes-item-remark = ↩ замечание наставника: { $remark }
programmes-none = Вы пока не участвуете ни в одной программе наставничества. Когда куратор сформирует пару, я пришлю приглашение.
programmes-none-curator = У вас нет своей программы. Все пары и группы: /programmes, новая: /new_programme
programmes-choose = Вы участвуете в нескольких программах. Какую открыть?
programmes-list-empty = Пар и групп пока нет. Сформировать: /new_programme
programmes-list-title = { $count ->
    [one] { $count } программа
    [few] { $count } программы
    [many] { $count } программ
   *[other] { $count } программы
}:
programmes-button-open = №{ $id }: { $mentor }
programmes-button-plan = 🗓 План
programmes-button-done = ✅ { $title }
programmes-button-confirm = 👍 Принять
programmes-button-return = ↩ Вернуть с замечанием
programmes-button-confirm-n = 👍 Принять { $n }
programmes-button-return-n = ↩ Вернуть { $n }
programmes-button-add = ➕ Добавить мероприятие
programmes-button-agree = Согласен участвовать
programmes-button-decline = Отказаться
programmes-button-end = ⏹ Завершить программу
programmes-button-end-yes = Да, завершить
programmes-button-no-comment = Без комментария
programmes-button-change-mentor = Сменить наставника
programmes-button-other-mentor = Попросить другого наставника
programmes-new-mentees = Новая программа. Выберите наставляемого (для группы — нескольких), затем «Далее».
programmes-new-no-mentees = Нет ни одного сотрудника с ролью «наставляемый». Назначьте роль в /people.
programmes-new-no-mentors = Нет подходящих наставников: назначьте роль «наставник» в /people.
programmes-new-mentor = Кого назначить наставником? Подходящие кандидаты:
programmes-candidate = { $name }
    общие темы: { $topics }
    часы связи { $hours }, пересечение { $overlap } ч в неделю; сейчас ведёт программ: { $load }
programmes-candidate-no-topics = нет
programmes-warn-no-topic = ⚠️ У наставника { $name } нет ни одной темы, которую хочет изучать наставляемый. Назначить всё равно можно.
programmes-new-kind = Вид наставничества?
programmes-warn-busy = ⚠️ Уже в программе такого вида: { $names }. Можно продолжить, но проверьте, не дублируется ли она.
programmes-new-template = План мероприятий: взять шаблон или начать с пустого?
programmes-new-empty-plan = Пустой план
programmes-new-term = Программа начнётся сегодня, { $from }. До какой даты она продлится? Напишите дату (например, 31.05.2027) или нажмите кнопку.
programmes-new-term-default = До { $to }
programmes-created = Программа №{ $id } создана. Наставнику и наставляемым отправлены приглашения: программа начнётся, когда все согласятся.
programmes-invitation = Вас приглашают в программу наставничества. Участие добровольное: подтвердите согласие или откажитесь.
programmes-you-agreed-waiting = Спасибо, согласие записано. Программа начнётся, когда согласятся все участники.
programmes-you-declined = Вы отказались от участия. Куратор получит уведомление.
programmes-declined = Программа №{ $id } не начнётся: { $name } отказался(-ась) от участия.
programmes-started = Программа №{ $id } началась! Наставник: { $mentor }; наставляемые: { $mentees }. Я буду напоминать о сроках мероприятий плана.
programmes-already-answered = Вы уже ответили на это приглашение.
programmes-not-found = Такой программы нет.
programmes-not-running = Эта программа уже не идёт.
programmes-bad-kind = Неизвестный вид наставничества.
programmes-bad-term = Дата окончания программы должна быть не раньше даты начала.
programmes-no-mentee = Выберите хотя бы одного наставляемого.
programmes-mentor-is-mentee = Один человек не может быть наставником и наставляемым в одной программе.
programmes-person-not-active = Этот сотрудник не активен: выберите другого.
programmes-date-unparsed = Не понял дату. Напишите, например: 15.03.2027 или «15 марта».
programmes-date-impossible = Такой даты нет в календаре. Проверьте число и месяц.
programmes-date-past = Эта дата уже прошла. Укажите сегодняшнюю или будущую.
programmes-date-outside = Срок должен быть в пределах программы: с { $from } по { $to }.
programmes-item-ask-title = Название мероприятия (до 200 символов):
programmes-item-ask-date = Срок выполнения? Программа идёт с { $from } по { $to }. Например: 15.03.2027
programmes-item-ask-responsible = Кто отвечает за выполнение?
programmes-item-no-title = Название не может быть пустым.
programmes-item-title-long = Слишком длинное название: не больше { $max } символов.
programmes-item-added = Мероприятие «{ $title }» добавлено, срок — { $date }.
programmes-item-added-to-mentee = В ваш план добавлено мероприятие «{ $title }», срок — { $date }. План: /plan
programmes-item-not-found = Такого мероприятия нет.
programmes-item-not-open = Это мероприятие уже отмечено выполненным.
programmes-item-not-reported = Это мероприятие сейчас не ждёт проверки.
programmes-template-applied = Из шаблона добавлено мероприятий: { $count }.
programmes-report-ask = Отмечаю «{ $title }» выполненным. Напишите короткий комментарий или пришлите файл-подтверждение (фото, документ). Можно без комментария — кнопкой.
programmes-report-sent = Отмечено: «{ $title }». Наставник проверит и подтвердит.
programmes-report-done = Готово: «{ $title }» выполнено.
programmes-reported-to-mentor = { $name } отметил(а) выполненным: «{ $title }» (срок { $date }).
    Комментарий: { $comment }
programmes-no-comment = без комментария
programmes-confirmed = Принято: «{ $title }».
programmes-confirmed-to-mentee = Наставник { $name } принял(а) «{ $title }». Отлично!
programmes-return-ask = Что нужно доработать в «{ $title }»? Напишите замечание.
programmes-remark-empty = Напишите замечание текстом.
programmes-returned = «{ $title }» возвращено с замечанием.
programmes-returned-to-mentee = Наставник { $name } вернул(а) «{ $title }» на доработку: { $remark }
programmes-remind-title = 🗓 Напоминание по плану наставничества:
programmes-remind-before = «{ $title }» — срок { $date }, осталось { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
programmes-remind-day = «{ $title }» — срок сегодня, { $date }
programmes-remind-overdue = «{ $title }» — срок прошёл { $date }, отметьте выполнение или договоритесь с наставником о новом сроке
programmes-remind-mentor = { $mentees }: «{ $title }» просрочено (срок { $date })
programmes-remind-curator = Пара { $mentor } → { $mentees }: «{ $title }» давно просрочено (срок { $date })
programmes-remind-more = …и ещё { $count }
programmes-remind-footer = Весь план: /plan
programmes-digest-title = Еженедельная сводка: просрочки в { $count ->
    [one] { $count } программе
   *[other] { $count } программах
}
programmes-digest-line = №{ $id } { $mentor } → { $mentees }: просрочено { $overdue }
programmes-end-confirm = Завершить программу №{ $id }? Напоминания прекратятся, участники получат уведомление.
programmes-you-ended = Программа №{ $id } завершена.
programmes-ended = Программа №{ $id } завершена: { $reason }.
programmes-end-curator = по решению куратора
programmes-end-mentee-left = наставляемый больше не участвует
programmes-end-member = по инициативе участника
programmes-mentor-deactivated = Наставник { $name } отключён, а у него идёт программа №{ $id } (наставляемые: { $mentees }). Назначьте нового наставника.
programmes-other-mentor-asked = { $name } просит сменить наставника в программе №{ $id } (сейчас: { $mentor }).
programmes-other-mentor-sent = Просьба отправлена куратору.
programmes-change-mentor-choose = Новый наставник для программы №{ $id }:
programmes-mentor-changed = В программе №{ $id } теперь наставник { $name }.
programmes-you-are-mentor = Вы назначены наставником в программе №{ $id } (наставляемые: { $mentees }).
programmes-new-mentor-for-you = В программе №{ $id } у вас новый наставник: { $name }.
programmes-mentor-replaced = Программа №{ $id } передана другому наставнику. Спасибо за вашу работу!
programmes-report-sheet = Программы наставничества
programmes-report-summary = Программ: { $programmes }; наставников: { $mentors }; наставляемых: { $mentees }; мероприятий выполнено в срок: { $onTime } из { $total }
programmes-report-columns = №|Вид|Наставник|Наставляемые|Начало|Окончание|Статус|Мероприятий|В срок|С опозданием|Просрочено
programmes-audience = Пара или группа наставничества
programmes-audience-choice = №{ $id } { $mentor } + { $count }
programmes-button-move-n = 🗓 Срок { $n }
programmes-button-quit = Завершить досрочно
programmes-button-accept = Согласен
programmes-move-ask = Новый срок для «{ $title }» (сейчас { $date }; программа идёт с { $from } по { $to }):
programmes-move-same = Это тот же срок. Укажите другую дату.
programmes-move-proposed = { $name } предлагает перенести срок «{ $title }» с { $old } на { $date }.
programmes-move-sent = Предложение отправлено. Срок изменится, когда другая сторона согласится.
programmes-moved = Срок «{ $title }» перенесён на { $date }.
programmes-move-accepted = { $name } согласен(-на): срок «{ $title }» теперь { $date }.
programmes-move-declined = { $name } не согласен(-на) переносить срок «{ $title }» на { $date }.
programmes-move-you-declined = Вы отклонили перенос срока «{ $title }».
programmes-move-stale = Это предложение уже неактуально.
programmes-quit-ask = Почему вы хотите завершить программу №{ $id } досрочно? Напишите причину — её увидят куратор и другой участник.
programmes-end-note = Причина: { $note }
programmes-rate-ask = Оцените, пожалуйста, программу от 1 до 5 — это поможет куратору.
programmes-rated = Спасибо! Ваша оценка: { $score }.
programmes-button-edit = ✏️ Изменить план
programmes-button-remove-n = 🗑 { $n }
programmes-button-extend = Продлить программу
programmes-edit-title = Программа №{ $id }: какое мероприятие убрать из плана? Мероприятие с историей (отметки, переносы) уходит в архив, остальные удаляются.
programmes-item-archived = «{ $title }» перенесено в архив: история сохранена.
programmes-item-removed = «{ $title }» удалено из плана.
programmes-extend-ask = До какой даты продлить программу №{ $id }? Сейчас она идёт до { $to }.
programmes-extend-not-later = Новая дата должна быть позже { $to }.
programmes-extend-proposed = { $name } предлагает продлить программу №{ $id } до { $to }.
programmes-extend-sent = Предложение отправлено: программа продлится, когда другая сторона согласится.
programmes-extended = Программа №{ $id } продлена до { $to }.
programmes-extend-declined = { $name } не согласен(-на) продлевать программу №{ $id } до { $to }.
programmes-extend-you-declined = Вы отклонили продление программы №{ $id }.
programmes-button-agreement = 📝 Договорённости пары
programmes-agreement-ask = Запишите договорённости пары по программе №{ $id }: когда и как связываться, как часто и где встречаться (очно или онлайн), конфиденциальность, обратная связь.
programmes-agreement-saved = Договорённости записаны. Их видят участники программы и куратор.
programmes-agreement-changed = { $name } записал(а) договорённости по программе №{ $id }: { $text }
programmes-agreement-line = Договорённости: { $text }

# end of programmes


## broadcasts

# end of broadcasts


## surveys

# end of surveys


## reports

# end of reports


## linking

linking-cmd = связать аккаунты в Telegram и VK
linking-minutes = { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
linking-code = Код для привязки: { $code }
    Откройте бота в другом мессенджере (Telegram или VK) и отправьте там:
    /link { $code }
    Код одноразовый и действует { linking-minutes }.
linking-how = Чтобы связать аккаунты, отправьте /link в мессенджере, где вы уже работаете с ботом, а полученный код пришлите сюда так: /link КОД
linking-not-active = Связать аккаунты можно, когда регистрация будет завершена.
linking-code-unknown = Такого кода привязки нет. Проверьте код или получите новый: отправьте /link в мессенджере, где вы уже зарегистрированы.
linking-code-used = Этот код уже использован: коды привязки одноразовые. Получите новый командой /link в мессенджере, где вы уже зарегистрированы.
linking-code-expired = Срок действия кода истёк: он действует { linking-minutes }. Получите новый командой /link в мессенджере, где вы уже зарегистрированы.
linking-too-many = Слишком много неверных кодов подряд. Подождите { linking-minutes } и попробуйте снова.
linking-already-yours = Этот аккаунт уже связан с вашим профилем, ничего делать не нужно.
linking-own-profile = Этот аккаунт уже зарегистрирован как отдельный профиль «{ $name }». Объединять два профиля автоматически я не буду, чтобы ничего не потерять и не перепутать. Если оба профиля ваши, попросите куратора удалить лишний, а затем получите новый код командой /link.
linking-unnamed = без имени
linking-done = Готово, аккаунты связаны. Это один профиль — { $name }: те же роли, вопросы и история.
linking-done-other = Ваш профиль теперь доступен и в { $platform }.
linking-accounts = Где доступен ваш профиль:
linking-preferred-mark = — пишу сюда в первую очередь
linking-choose = Куда мне писать в первую очередь? Выберите кнопкой.
linking-preferred-set = Теперь пишу вам в первую очередь в { $platform }.
linking-platform-telegram = Telegram
linking-platform-vk = VK
linking-platform-local = песочнице

# end of linking


## playground

# end of playground
