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

session-cmd-new = создать встречу скоростного наставничества
session-cmd-list = ближайшие встречи со свободными местами
session-cmd-mine = мои встречи
session-menu = 🗓 Встречи
session-organiser-unknown = —
session-place-online = Онлайн: { $place }
session-place-room = Место: { $place }
session-card = 🗓 { $title }
    Тема: { $topic }
    Когда: { $when }, { session-minutes-inline }
    { $place }
    Ведущий: { $host }
    Места: занято { $taken } из { $seats }{ $waiting ->
        [0] {""}
       *[other] , в листе ожидания: { $waiting }
    }
session-minutes-inline = { $duration } мин
session-status-cancelled = ❌ Встреча отменена.
session-calendar-caption = Файл для календаря: откройте его, чтобы добавить встречу к себе в календарь.
session-join = Записаться
session-leave = Отменить запись
session-not-found = Такой встречи нет. Откройте свежий список: /sessions
session-is-cancelled = Эта встреча отменена, записаться или изменить запись нельзя.
session-started = Встреча уже началась, запись закрыта.
session-own = Это ваша встреча: вы её ведёте, записываться не нужно.
session-already-seat = Вы уже записаны на эту встречу, место за вами.
session-already-waiting = Вы уже в листе ожидания этой встречи: { $position }-й по очереди.
session-promoted = 🎉 Освободилось место, и оно ваше: вы записаны на встречу. Если не получается прийти, отмените запись, чтобы место досталось следующему.
session-remind-day = ⏰ Напоминание: завтра встреча.
session-remind-hour = ⏰ Через час встреча.
session-feedback-ask = Как прошла встреча «{ $title }»? Оцените от 1 до 5.
session-attendance-ask = Встреча «{ $title }» закончилась. Отметьте, кто не пришёл: нажмите на имя, чтобы переключить ✅/❌.
session-title-bad = Название нужно написать текстом, не длиннее { $max } символов.
session-when-past = Это время уже прошло. Напишите дату и время встречи в будущем.
session-when-unparsed = Не понял дату. Напишите, например: «25.12 15:00», «завтра в 15:30» или «в пятницу 16:00».
session-when-impossible = Такой даты нет (например, 31.02). Проверьте число и месяц.
session-when-no-time = Укажите и время, например: «25.12 15:00».
session-when-confirm = Встреча { $when } (время { $zone }). Верно?
session-when-assumed = Дату вы не указали, поэтому я взял ближайшее такое время: { $when } ({ $zone }). Верно?
session-yes = Да, верно
session-when-other = Другое время
session-seats-bad = Число мест — целое число от 1 до { $max }.
session-duration-bad = Длительность встречи — от 5 минут до 10 часов.
session-place-bad = Напишите место встречи (кабинет, зал) текстом, не длиннее 300 символов.
session-link-bad = Это не похоже на ссылку. Пришлите ссылку целиком, начиная с https://
session-announce = 📣 Новая встреча скоростного наставничества. Записывайтесь!
session-cancelled-notice = ❌ Встреча «{ $title }» { $when } отменена. Запись снята.
session-over = Встреча уже прошла, отменить её нельзя.
session-form-topic = Новая встреча. Выберите тему:
session-form-title = Тема: { $topic }. Напишите название встречи (до { $max } символов), например: «Как говорить с родителями о трудном».
session-form-when = Когда встреча? Напишите дату и время, например: «25.12 15:00», «завтра в 15:30», «в пятницу 16:00».
session-form-duration = Сколько она продлится?
session-minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
session-form-place-kind = Где пройдёт встреча?
session-kind-room = 🏫 Очно
session-kind-online = 💻 Онлайн
session-form-room = Напишите место: кабинет или зал.
session-form-link = Пришлите ссылку на встречу (https://…).
session-form-seats = Сколько мест? Напишите число от 1 до { $max }.
session-form-audience = Кому отправить приглашение?
session-audience-all = Всем
session-audience-mentees = Наставляемым
session-audience-topic = Тем, кто хочет помощи в этой теме
session-form-summary = Проверьте встречу:
    { $title }
    Тема: { $topic }
    Когда: { $when }, { $duration } мин
    { $place }
    Ведущий: { $host }
    Мест: { $seats }
    Приглашение: { $audience }
session-clash = ⚠️ В это время у вас уже есть встреча «{ $title }» ({ $when }). Можно создать и эту, но проверьте, успеете ли.
session-create = Создать
session-discard = Отмена
session-discarded = Встреча не создана.
session-created = ✅ Встреча создана. { $count ->
    [0] Приглашать пока некого.
    [one] Приглашение уйдёт { $count } человеку.
   *[other] Приглашение уйдёт { $count } людям.
}
session-people = 👥 Участники
session-cancel = Отменить встречу
session-you-have-seat = ✅ Вы записаны.
session-you-wait = ⏳ Вы в листе ожидания: { $position }-й по очереди.
session-none-upcoming = Ближайших встреч пока нет.
session-free-mark = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
session-full-mark = мест нет, лист ожидания
session-upcoming-title = Ближайшие встречи ({ $count }). Выберите, чтобы посмотреть и записаться:
session-mine-none = Вы пока никуда не записаны. Ближайшие встречи: /sessions
session-mine-title = Ваши встречи (✅ записаны, ⏳ в листе ожидания, 🎤 ведёте):
session-joined-ack = Вы записаны
session-joined = ✅ Вы записаны на встречу. Напомню за сутки и за час.
session-waiting-ack = Мест нет: вы в листе ожидания ({ $position }-й)
session-waiting = Все места на встречу «{ $title }» заняты. Вы в листе ожидания: { $position }-й по очереди. Если место освободится, я сразу сообщу.
session-not-joined = Вы не записаны на эту встречу.
session-left-ack = Запись отменена
session-left-seat = Запись на встречу «{ $title }» отменена, место передано следующему.
session-left-waiting = Вы вышли из листа ожидания встречи «{ $title }».
session-people-title = Участники встречи «{ $title }»: { $taken } из { $seats }
session-people-waiting = Лист ожидания ({ $count }):
session-feedback-summary = Оценок: { $count }, средняя { $average }. Что участники попробуют в работе:
session-cancel-confirm = Отменить встречу «{ $title }»? { $count ->
    [0] Записавшихся пока нет.
    [one] Я сообщу { $count } записавшемуся.
   *[other] Я сообщу всем записавшимся: { $count }.
}
session-cancel-yes = Да, отменить
session-cancel-no = Нет, оставить
session-cancelled-ack = Встреча отменена
session-cancelled-done = Встреча «{ $title }» отменена, записавшимся сообщено.
session-feedback-not-yours = Оценить можно только встречу, на которой у вас было место, и только после её начала.
session-rated-ack = Спасибо за оценку: { $rating }
session-feedback-takeaway = Что из этой встречи вы попробуете в своей работе? Напишите пару строк (или /cancel, чтобы пропустить).
session-feedback-thanks = Спасибо! Ведущий и куратор увидят ваш отзыв.
session-not-over = Посещаемость отмечают после окончания встречи.
session-attendance-saved = Отмечено
session-report-sheet = Скоростное наставничество
session-report-summary = Скоростное наставничество: встреч { $held }, участников { $people }, разных пар «ведущий — участник» { $pairs }, средняя оценка { $average }.
session-report-repeated = Пар, встретившихся больше одного раза: { $count }.
session-report-cancelled = отменена
session-report-scheduled = состоялась или впереди
session-report-col-date = Дата
session-report-col-title = Встреча
session-report-col-topic = Тема
session-report-col-host = Ведущий
session-report-col-status = Статус
session-report-col-seats = Мест
session-report-col-signed = Записались
session-report-col-came = Пришли
session-report-col-rating = Оценка
session-audience-label = Участники встречи
session-host-unreachable = ⚠️ { $name } больше не получает сообщения бота, а ведёт встречи:
    { $sessions }
    Свяжитесь с ведущим или отмените встречи.
session-demo-title = Как провести родительское собрание без конфликтов
session-demo-place = Методический кабинет

session-form-description = Коротко опишите встречу: о чём она и кому будет полезна (до { $max } символов). Или нажмите «Пропустить».
session-skip = Пропустить
session-description-bad = Описание слишком длинное: не больше { $max } символов.
session-form-host = Кто ведёт встречу?
session-host-me = Веду сам(а)
session-host-other = Коллега или приглашённый гость
session-form-guest = Напишите имя ведущего: коллеги или приглашённого специалиста (до { $max } символов).
session-guest-bad = Имя ведущего — текстом, не длиннее { $max } символов.
session-message = ✉️ Написать участникам
session-move = Перенести
session-move-when = Встреча «{ $title }» сейчас назначена на { $when }. Напишите новую дату и время.
session-move-yes = Да, перенести
session-moved-seat = 🔁 Встреча перенесена: было { $from }, стало { $to }. Сможете прийти в новое время? Если нет, отмените запись, и место получит следующий.
session-moved-waiting = 🔁 Встреча «{ $title }», в листе ожидания которой вы стоите, перенесена на { $to }.
session-moved-done = Встреча «{ $title }» перенесена на { $when }. Записавшимся сообщено, напоминания перенесены.
session-coming = Приду
session-coming-ack = Отлично, ждём вас
session-coming-done = Записал: вы придёте { $when }.
session-message-ask = Напишите сообщение для всех записавшихся на встречу «{ $title }» (до { $max } символов). /cancel — не отправлять.
session-message-header = ✉️ Сообщение от ведущего встречи «{ $title }»:
session-message-sent = { $count ->
    [0] Записавшихся пока нет, сообщение никому не ушло.
    [one] Сообщение отправлено { $count } участнику.
   *[other] Сообщение отправлено участникам: { $count }.
}

session-people-repeat = 🔁 — уже встречались с этим ведущим раньше: { $count }. Скоростное наставничество задумано как разовые встречи.
session-summary-intro = 📋 Итоги встречи:
session-recent-note = ✔ — прошедшие встречи за 30 дней: участники и отзывы.

session-audience-people = Выбранным людям
session-form-invitees = Напишите, кого пригласить: фамилии или имена через запятую, например: «Иванова, Петров».
session-invitees-found = Пригласим: { $names }.
session-invitees-none = Пока никого не выбрано. Напишите фамилии через запятую.
session-invitee-unknown = «{ $name }» — никого не нашёл.
session-invitee-ambiguous = «{ $name }» — подходят { $count }, уточните (например, имя и фамилию).
session-invitees-done = Готово, этих достаточно

# end of sessions


## programmes

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
