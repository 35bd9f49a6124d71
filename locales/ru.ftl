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

question-cmd-ask = задать вопрос наставникам
question-cmd-mine = мои вопросы и их состояние
question-cmd-pause = пауза: не предлагать мне вопросы до даты (отпуск, больничный)
question-cmd-resume = снова предлагать мне вопросы
question-cmd-overview = открытые вопросы, эскалации и показатели наставников
question-cmd-settings = настройки маршрутизации вопросов
question-menu-ask = ❓ Задать вопрос
question-menu-mine = 🗂 Мои вопросы
question-someone = участник
question-header = Вопрос №{ $id } · { $topic }
question-file-only = (вопрос во вложении)
question-status = { $status ->
    [waiting] ждёт часов наставников
    [offered] предложен наставникам
    [escalated] передан куратору
    [taken] в работе
    [closed] решён
   *[withdrawn] отозван
}
question-offer = { $urgent ->
    [yes] ❗ Срочно. { $header }
   *[no] { $header }
}
    Спрашивает: { $name }, { $position }

    { $text }
question-take = ✋ Взять
question-decline = Не могу
question-solved = ✅ Вопрос решён
question-hand-over = ↪ Передать
question-assign-to = Назначить: { $name }
question-escalation = ⚠️ { $header }
    { $reason ->
        [no_candidates] По этой теме нет ни одного доступного наставника.
       *[no_answer] Вопрос никто не взял за отведённое время.
    }
    Спрашивает: { $name }, { $position }

    { $text }

    { $mentors ->
        [0] Назначьте наставника через /people или добавьте тему кому-то из коллег.
       *[other] Назначьте наставника кнопкой ниже.
    }
question-asker-escalated = { $header }: { $reason ->
        [no_candidates] сейчас по этой теме нет свободного наставника.
       *[no_answer] пока никто из наставников не взял вопрос.
    } Я передал его куратору — вопрос не потеряется.
question-escalation-settled = { $header }: вопрос взял(а) { $name }.
question-offer-taken-by = { $header }: вопрос уже взял(а) { $name }. Спасибо!
question-offer-yours = { $header }: вопрос ваш.
question-offer-declined = { $header }: вы отказались, вопрос предложен другим.
question-offer-withdrawn = { $header }: вопрос отозван.
question-taken-mentor = Вы взяли вопрос. { $header }
    Спрашивает { $name }:

    { $text }

    Пишите ответ прямо сюда — я перешлю его. Можно отправлять фото, документы и голосовые.
question-assigned-mentor = Куратор поручил вам вопрос. { $header }
    Спрашивает { $name }:

    { $text }

    Пишите ответ прямо сюда — я перешлю его.
question-taken-asker = { $header }: ваш вопрос взял(а) { $name } ({ $position }). Пишите сюда — я перешлю ваши сообщения, а ответы пришлю вам.
question-own = Это ваш собственный вопрос — взять его нельзя.
question-already-yours = Этот вопрос уже ваш.
question-already-taken = Вопрос уже взял(а) { $name }.
question-gone = Этот вопрос уже закрыт или отозван.
question-offer-ended = Это предложение уже не действует.
question-you-declined = Вы уже отказались от этого вопроса.
question-you-paused = У вас пауза. Чтобы брать вопросы, отправьте /resume.
question-take-ok = Вопрос ваш!
question-decline-ok = Хорошо, предложу другим.
question-mentor-unavailable = Этот человек сейчас не может взять вопрос.
question-assign-ok = Вопрос поручен: { $name }.
question-idle-nudge = { $header }: в переписке тишина уже { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }. Если вопрос решён, нажмите кнопку ниже. Если нет — просто напишите.
question-closed-by = { $by ->
    [asker] по отметке спрашивающего
    [mentor] по отметке наставника
    [idle] из-за долгой тишины
    [unreachable] — собеседник недоступен (заблокировал бота)
   *[left] — собеседник больше не участвует
}
question-closed-asker = { $header } закрыт { question-closed-by }. Оцените, пожалуйста, помощь от 1 до 5.
question-closed-mentor = { $header } закрыт { question-closed-by }. Спасибо за помощь!
question-already-closed = Вопрос уже закрыт.
question-not-taken-yet = Вопрос ещё никто не взял.
question-closed-ok = Вопрос закрыт.
question-withdraw-taken = Вопрос уже в работе у наставника. Когда он решён, нажмите «Вопрос решён».
question-withdraw = Отозвать вопрос №{ $id }
question-withdrawn = Вопрос №{ $id } отозван.
question-not-closed = Оценить можно только закрытый вопрос.
question-already-rated = Вы уже оценили этот вопрос.
question-rated-mentor = { $header }: { $name } оценил(а) вашу помощь на { $rating } из 5.
question-rated-ask-thanks = Спасибо за оценку { $rating } из 5! Хотите добавить пару слов благодарности наставнику? Напишите их или нажмите «Без слов».
question-no-thanks = Без слов
question-thanks-mentor = { $header }: { $name } благодарит вас:
    { $thanks }
question-thanks-sent = Передал вашу благодарность.
question-thanks-skipped = Хорошо. Спасибо, что пользуетесь наставничеством!
question-closed-no-relay = Вопрос №{ $id } уже закрыт, сообщение не переслано. Новый вопрос — /ask
question-pick-which = У вас несколько открытых вопросов. К какому относится сообщение? (Можно также ответить на пересланное сообщение — функцией «Ответить».)
question-focus-set = Теперь ваши сообщения идут в: { $header }.
question-file-too-big = Файл слишком большой: можно не больше { $mb } МБ.
question-empty = Вопрос пустой. Напишите текст или пришлите фото, документ или голосовое сообщение.
question-relayed = { $header } · { $name }:
    { $text }
question-other-unreachable = Не могу доставить сообщение: { $name } сейчас недоступен(на) в мессенджерах.
question-released-reason = { $reason ->
    [handed_over] передал(а) вопрос
    [deactivated] больше не участвует в программе
   *[unreachable] недоступен(на) в мессенджерах
}
question-released-asker = { $header }: { $name } { question-released-reason }. Ищу другого наставника — вопрос не потеряется.
question-released-note = Причина: { $note }
question-handed-to-you = { $name } передаёт вам вопрос. Причина: { $note }
question-hand-over-to = { $header }: кому передать вопрос?
question-hand-to-queue = Вернуть в очередь
question-hand-over-reason = Коротко напишите причину — её увидит спрашивающий.
question-handed-over = { $header }: передано. Спасибо!
question-ask-text = Напишите ваш вопрос. Можно прислать фото, документ или голосовое сообщение (подпись станет текстом вопроса).
question-ask-topic = К какой теме относится вопрос? (страница { $page } из { $pages })
question-ask-topic-chosen = Тема: { $topic }
question-ask-send = Тема — «{ $topic }». Отправить вопрос наставникам?
question-send = Отправить
question-send-urgent = ❗ Срочно
question-sent-ack = Вопрос отправлен
question-sent = Вопрос №{ $id } отправлен { $count ->
        [one] { $count } наставнику
       *[other] { $count } наставникам
    }. Как только кто-то возьмёт его, я напишу. Ваши вопросы: /my_questions
question-queued = Вопрос №{ $id } принят. Сейчас ни у одного наставника по этой теме не рабочее время — предложу вопрос { $when }, когда начнутся часы первого из них.
question-pause-how = Напишите, до какого дня пауза, например: /pause 15.01 или /pause 15.01.2027 9:00
question-pause-status = У вас пауза до { $until }. Чтобы снять её раньше — /resume
question-pause-unparsed = Не понял дату. Например: /pause 15.01 или /pause 15.01.2027 9:00
question-pause-impossible = Такой даты нет. Проверьте число и месяц.
question-pause-past = Эта дата уже прошла.
question-paused = Пауза до { $until }: вопросы вам предлагаться не будут. Снять паузу раньше — /resume
question-not-paused = У вас нет паузы.
question-resumed = Пауза снята: снова буду предлагать вам вопросы.
question-mine-none = У вас пока нет вопросов. Задать вопрос — /ask
question-mine-asked = Ваши вопросы:
question-mine-line = • { $header } ({ $date }) — { question-status }{ $mentor ->
        [none] {""}
       *[other] , наставник: { $mentor }
    }{ $rating ->
        [0] {""}
       *[other] , оценка { $rating }
    }
question-mine-held = Вы помогаете:
question-mine-held-line = • { $header } — спрашивает { $name }
question-overview-open = Открытые вопросы: { $count }
question-overview-line = • { $header } — { question-status }; спрашивает { $asker }{ $mentor ->
        [none] {""}
       *[other] , наставник { $mentor }
    }; с { $since }
question-overview-mentors = Наставники ({ $count }): взято · медиана до взятия, мин · до первого ответа, мин · средняя оценка
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating }
question-overview-gaps = Темы, по которым не нашлось ни одного наставника:
question-overview-gap = • { $topic }: { $count }
question-settings = Настройки вопросов:
    wave — наставников в одной волне: { $waveSize }
    timeout — ожидание волны, мин: { $waveTimeoutMinutes }
    urgent — ожидание волны для срочных, мин: { $urgentWaveTimeoutMinutes }
    waves — волн до передачи куратору: { $maxWaves }
    cap — открытых вопросов на наставника: { $openQuestionCap }
    nudge — напомнить о тишине через, дней: { $idleNudgeDays }
    close — закрыть при тишине через, дней: { $idleCloseDays }
    Изменить: /question_settings timeout 30
question-settings-usage = Так: /question_settings НАЗВАНИЕ ЧИСЛО, например /question_settings wave 3. Названия: wave, timeout, urgent, waves, cap, nudge, close.
question-settings-out-of-range = Такое значение нельзя: проверьте число.
question-settings-saved = Сохранено.

question-report-sheet = Вопросы
question-report-col-mentor = Наставник
question-report-col-taken = Взято вопросов
question-report-col-take = Медиана до взятия, мин
question-report-col-answer = Медиана до первого ответа, мин
question-report-col-rating = Средняя оценка
question-report-totals = Вопросов задано: { $asked }, решено: { $closed }, передано куратору: { $escalated }, средняя оценка: { $rating }
# end of questions


## sessions

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
