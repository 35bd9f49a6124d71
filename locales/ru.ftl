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
# topic picker (issue 17): a topic typed instead of paging
topic-picker-found = { $count ->
        [one] По «{ $query }» нашлась { $count } тема — она первая.
        [few] По «{ $query }» нашлись { $count } темы — они первые.
       *[many] По «{ $query }» нашлось { $count } тем — они первые.
    }
topic-picker-none = По «{ $query }» тем не нашлось — выберите из списка или напишите иначе.
topic-picker-hint = Можно не листать: напишите тему словами, например «родители».
# end of topic picker
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
cancel-done = Отменено: { $what }.
cancel-onboarding = Регистрацию нельзя отменить на полпути, но можно ответить позже — я подожду.
cancel-nothing = Отменять нечего.

# dates, zones, numbers and messengers as people say them (issue 16): src/core/kernel/dates/spoken.ts
when-day = { $day ->
    [today] сегодня
    [tomorrow] завтра
    [yesterday] вчера
    [week] { $weekday ->
        [1] в понедельник
        [2] во вторник
        [3] в среду
        [4] в четверг
        [5] в пятницу
        [6] в субботу
       *[7] в воскресенье
    }, { $date }
   *[date] { $date }
}
when-at = { $day ->
    [week] { when-day }, в { $time }
   *[other] { when-day } в { $time }
}
zone-in-words = { $zone ->
    [kaliningrad] по калининградскому времени
    [moscow] по московскому времени
    [volgograd] по волгоградскому времени
    [samara] по самарскому времени
    [ulyanovsk] по ульяновскому времени
    [saratov] по саратовскому времени
    [astrakhan] по астраханскому времени
    [yekaterinburg] по времени Екатеринбурга
    [omsk] по омскому времени
    [novosibirsk] по новосибирскому времени
    [barnaul] по времени Барнаула
    [tomsk] по томскому времени
    [novokuznetsk] по времени Новокузнецка
    [krasnoyarsk] по красноярскому времени
    [irkutsk] по иркутскому времени
    [chita] по времени Читы
    [yakutsk] по якутскому времени
    [vladivostok] по владивостокскому времени
    [sakhalin] по сахалинскому времени
    [magadan] по магаданскому времени
    [kamchatka] по камчатскому времени
    [anadyr] по времени Анадыря
    [minsk] по минскому времени
    [utc] по всемирному времени (UTC)
   *[other] по времени { $offset }
}
platform-name = { $platform ->
    [telegram] Telegram
    [vk] ВКонтакте
    [max] MAX
    [local] этот чат
   *[other] другой мессенджер
}
platform-in = { $platform ->
    [telegram] в Telegram
    [vk] во ВКонтакте
    [max] в MAX
    [local] в этом чате
   *[other] в другом мессенджере
}
# end of dates as people say them

# Dialogs: what a person is doing, set aside and taken up again
dialog-resume-offer = Вы не закончили: { $what }. Продолжим?
dialog-resume = ▶️ Продолжить
dialog-drop = ✖ Не нужно
dialog-resumed = Продолжаем: { $what }. Ответьте на последний вопрос выше — или /cancel, если передумали.
dialog-replaced = Отложенное раньше («{ $what }») закрыто: отложить можно только одно дело.
dialog-outdated = После обновления бота незаконченное дело («{ $what }») пришлось закрыть. Начните его, пожалуйста, заново.
dialog-title-unknown = незаконченное действие
dialog-title-onboarding = регистрация
dialog-title-profile = заполнение профиля
dialog-title-invite = приглашение
dialog-title-import = загрузка списка сотрудников
dialog-title-find = поиск коллеги
dialog-title-question-ask = новый вопрос
dialog-title-question-thanks = благодарность наставнику
dialog-title-question-handover = передача вопроса
dialog-title-question-pick = выбор вопроса
dialog-title-question-after-close = новый вопрос после закрытого
dialog-title-people-write = сообщение коллеге
dialog-title-session-new = новая встреча
dialog-title-session-move = перенос встречи
dialog-title-session-message = сообщение участникам встречи
dialog-title-session-feedback = отзыв о встрече
dialog-title-programme-new = новая программа
dialog-title-plan-item = новый пункт плана
dialog-title-plan-report = отчёт по пункту плана
dialog-title-plan-return = возврат пункта на доработку
dialog-title-plan-move = перенос срока
dialog-title-programme-quit = выход из программы
dialog-title-programme-extend = продление программы
dialog-title-programme-agreement = согласование плана
dialog-title-broadcast = объявление
dialog-title-survey = ответы на опрос
dialog-title-survey-new = новый опрос
dialog-title-labour-pay = основание доплаты наставнику
dialog-title-calendar-holiday = ввод каникул
# inbound limits (issue 14): what one sender may cost, told once
limits-minutes = { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
limits-slow-down = Вы пишете очень часто. Сообщения, которые придут в ближайшую минуту, я пропущу — отправьте нужное ещё раз чуть позже.
limits-stranger-quota = Вы пока не участник программы, поэтому я отвечаю не больше { $count ->
    [one] { $count } раза
   *[other] { $count } раз
} в час. Попросите у куратора приглашение и отправьте код: /start КОД
codes-cooldown = Слишком много неверных кодов подряд. Коды с этого аккаунта я не буду проверять ещё { limits-minutes }.
# end of inbound limits
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
onboarding-consent-yes = ✅ Даю согласие
onboarding-consent-no = Не даю согласия
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
profile-ask-timezone = Ваш часовой пояс? Выберите кнопкой. Если не выбрать, буду считать часы { $zone }, как в организации.
profile-none = —
profile-bad-name = Напишите, пожалуйста, ФИО буквами — от 2 до { $max } символов.
profile-bad-position = Должность — от 2 до { $max } символов.
profile-bad-hours = Не понял часы. Напишите так: 9-18 или 08:30-17:00 (начало раньше конца).
profile-bad-timezone = Не знаю такого часового пояса. Выберите его кнопкой.
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
    Часы связи: { $hours } { $zone }
    Пишу о вас: { $gender ->
        [female] «она»
        [male] «он»
       *[other] без рода
    }
    Язык: { $language }
    Мессенджеры: { $platforms }
profile-edit-name = ФИО
profile-edit-position = Должность
profile-edit-offers = Помогаю в…
profile-edit-wants = Хочу помощь в…
profile-edit-days = Дни связи
profile-edit-hours = Часы связи
profile-edit-timezone = Часовой пояс
# gender asked once, when the patronymic does not say it (issue 16)
profile-ask-gender = Как мне писать о вас: «она взяла вопрос» или «он взял вопрос»? Поменять можно в профиле (/profile).
profile-gender-option = { $gender ->
    [female] Она
    [male] Он
   *[other] Не указывать
}
profile-edit-gender = Она / он
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
find-entry = • { $name }{ $position ->
    [none] {""}
   *[other] , { $position }
}{ $topics ->
    [none] {""}
   *[other] {" "}— помогает: { $topics }
}
# directory: write to a colleague (issue 17)
directory-write = ✉️ { $name }
directory-write-text = Напишите сообщение для коллеги { $name } (до { $max } символов) — я передам его с вашим именем.
directory-write-empty = Сообщение пустое. Напишите текст — или /cancel, если передумали.
directory-write-too-long = Слишком длинно: не больше { $max } символов.
directory-write-self = Это вы сами.
directory-person-gone = Этот коллега больше не участвует в наставничестве.
directory-person-unreachable = { $name } сейчас не получает сообщения бота.
directory-message = ✉️ Сообщение от коллеги { $name } ({ $position }):
    { $text }
directory-answer = ↩ Ответить
directory-message-sent = Сообщение передано: { $name }.
directory-message-later = Передам сообщение { $when } — в рабочие часы коллеги { $name }.
# end of directory: write to a colleague
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
    Приглашение создано: { $role }, до { $max } чел.; срок истекает { $expires }.
    Ссылка для Telegram: { $link }
    Ссылка для ВКонтакте: { $vk }
    Ссылка для MAX: { $maxLink }
    Код для других мессенджеров (отправить боту): /start { $code }
invite-no-vk-link = ссылка появится, когда бот подключён к ВКонтакте
# MAX adapter
invite-no-max-link = ссылка появится, когда бот подключён к MAX
invites-none = Активных приглашений нет. Создать: /invite
invites-entry = { $role }: код { $code }, использовано { $uses } из { $max }, срок истекает { $expires }. { $link }
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
people-status-onboarding = регистрируется
people-status-forgotten = данные удалены
people-deactivate = Отключить
people-reactivate = Вернуть
people-not-found = Сотрудник не найден.
people-last-curator = Вы единственный куратор: сначала назначьте другого.
people-roles-saved = Роли сохранены.
# people: a role change confirmed, the person told (issue 17)
people-role-confirm = { $on ->
        [yes] { $name }: сделать { $role ->
            [curator] куратором
            [mentor] наставником
            [mentee] наставляемым
           *[staff] сотрудником
        }?
       *[no] { $name }: снять роль «{ $role ->
            [curator] куратор
            [mentor] наставник
            [mentee] наставляемый
           *[staff] сотрудник
        }»?
    } Человек получит сообщение об этом.
people-role-yes = Да
people-role-no = Нет, оставить
people-role-kept = Роли не изменились.
people-role-unchanged = Роль уже такая — ничего не меняю.
people-role-given-curator = { $by } назначает вас куратором. Теперь вам доступны: объявления, опросы, отчёт, вопросы без ответа (/questions), встречи, программы и сотрудники (/people). Всё это — в меню.
people-role-given-mentor = { $by } назначает вас наставником. Теперь вам будут предлагать вопросы по вашим темам (проверьте их в /profile), и вы можете проводить встречи (/session_new). Отпуск или больничный — /pause.
people-role-given-mentee = { $by } отмечает вас как наставляемого. Задавайте вопросы наставникам (/ask), записывайтесь на встречи (/sessions) и смотрите свой план (/plan).
people-role-given-staff = { $by } отмечает вас как сотрудника: вам приходят объявления и опросы, а в справочнике (/find) можно найти, кто поможет.
people-role-taken = { $by } снимает с вас роль «{ $role ->
        [curator] куратор
        [mentor] наставник
        [mentee] наставляемый
       *[staff] сотрудник
    }». Если это ошибка — напишите куратору.
# end of people: role change
people-not-yourself = Себя отключить нельзя.
people-already-deactivated = Эта учётная запись уже отключена.
people-not-deactivated = Эта учётная запись и так активна.
people-deactivated = { $personGender ->
    [female] { $name } отключена. История сохранена, вернуть её можно в карточке.
    [male] { $name } отключён. История сохранена, вернуть его можно в карточке.
   *[other] Учётная запись отключена: { $name }. История сохранена, вернуть можно в карточке.
}
people-reactivated = { $name } снова в программе.
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
}, отклонено: { $rejected }. Личные приглашения действуют { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}.
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
privacy-forgotten-name = бывший участник программы
# end of people


## questions

question-cmd-ask = задать вопрос наставникам
question-cmd-mine = мои вопросы и их состояние
question-cmd-pause = пауза: не предлагать мне вопросы до даты (отпуск, больничный)
question-cmd-resume = снова предлагать мне вопросы
question-cmd-overview = открытые вопросы, эскалации и показатели наставников
question-cmd-settings = настройки маршрутизации вопросов
question-menu-ask = ❓ Задать вопрос
question-menu-mine = 📂 Мои вопросы
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
    Спрашивает { $name }{ $position ->
        [none] {""}
       *[other] , { $position }
    }

    { $text }
question-take = ✋ Взять
question-decline = Не могу
question-solved = ✅ Вопрос решён
question-hand-over = ↪ Передать
question-assign-to = Назначить: { $name }
question-escalation = ⚠️ { $header }
    { $reason ->
        [no_candidates] По этой теме нет ни одного доступного наставника.
        [declined] Все наставники, которым предложили вопрос, отказались.
       *[no_answer] Вопрос никто не взял за отведённое время.
    }
    Спрашивает { $name }{ $position ->
        [none] {""}
       *[other] , { $position }
    }

    { $text }

    { $mentors ->
        [0] Сегодня нет свободных коллег: возьмите вопрос сами или назначьте позже в /questions.
       *[other] Назначьте коллегу, который сегодня на работе, или возьмите вопрос сами.
    }
question-asker-escalated = { $header }: { $reason ->
        [no_candidates] сейчас по этой теме нет свободного наставника.
        [declined] наставники, которым я предложил вопрос, сейчас не могут помочь.
       *[no_answer] пока никто из наставников не взял вопрос.
    } Я передал его куратору — вопрос не потеряется.
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
question-offer-yours = { $header }: вопрос ваш.
question-offer-declined = { $header }: вы отказались. { $where ->
        [others] Вопрос предложен другим наставникам.
        [later] Предложу его другим наставникам в их часы связи.
        [curator] Других наставников по этой теме нет — вопрос передан куратору.
       *[gone] Спасибо, что ответили.
    }
question-offer-withdrawn = { $header }: вопрос отозван.
question-taken-mentor = Вы взяли вопрос. { $header }
    Спрашивает { $name }:

    { $text }

    Пишите ответ прямо сюда — я перешлю его. Можно отправлять фото, документы и голосовые.
question-assigned-mentor = { $curatorGender ->
    [female] Куратор { $curator } поручила вам вопрос.
    [male] Куратор { $curator } поручил вам вопрос.
   *[other] Вам поручен вопрос (куратор — { $curator }).
}
    { $header }
    Спрашивает { $name }:

    { $text }

    Пишите ответ прямо сюда — я перешлю его.
question-taken-asker = { $header }: { $mentorGender ->
    [female] ваш вопрос взяла { $name }
    [male] ваш вопрос взял { $name }
   *[other] ваш вопрос в работе, наставник — { $name }
}{ $position ->
    [none] {""}
   *[other] , { $position }
}. Пишите сюда: я перешлю ваши сообщения, а ответы пришлю вам.
question-own = Это ваш собственный вопрос — взять его нельзя.
question-already-yours = Этот вопрос уже ваш.
question-already-taken = { $mentorGender ->
    [female] Вопрос уже взяла { $name }.
    [male] Вопрос уже взял { $name }.
   *[other] Вопрос уже в работе, наставник — { $name }.
}
question-gone = Этот вопрос уже закрыт или отозван.
question-offer-ended = Это предложение уже не действует.
question-you-declined = Вы уже отказались от этого вопроса.
question-you-paused = У вас пауза. Чтобы брать вопросы, отправьте /resume.
question-take-ok = Вопрос ваш!
question-decline-ok = Хорошо, спасибо, что ответили.
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
    [unreachable] — бот больше не может написать собеседнику
   *[left] — собеседник больше не участвует в программе
}
question-closed-asker = { $header }
    Вопрос закрыт { question-closed-by }.{ $rated ->
        [yes] {""}
       *[no] {" "}Оцените, пожалуйста, помощь от 1 до 5.
    }
    Если вопрос не решён, его можно открыть снова в течение трёх дней.
question-closed-mentor = { $header }
    Вопрос закрыт { question-closed-by }. Спасибо за помощь!
question-already-closed = Вопрос уже закрыт.
question-not-taken-yet = Вопрос ещё никто не взял.
question-closed-ok = Вопрос закрыт.
question-withdraw-taken = Вопрос уже в работе у наставника. Когда он решён, нажмите «Вопрос решён».
question-withdraw = Отозвать вопрос №{ $id }
question-withdrawn = Вопрос №{ $id } отозван.
question-not-closed = Оценить можно только закрытый вопрос.
question-already-rated = Вы уже оценили этот вопрос.
question-rated-mentor = { $header }: { $askerGender ->
    [female] { $name } оценила вашу помощь на { $rating } из 5.
    [male] { $name } оценил вашу помощь на { $rating } из 5.
   *[other] вашу помощь оценили на { $rating } из 5 ({ $name }).
}
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
question-other-unreachable = Не могу доставить сообщение: { $name } сейчас не получает сообщения бота.
question-released-reason = { $reason ->
    [handed_over] передаёт вопрос другому наставнику
    [deactivated] больше не участвует в программе
   *[unreachable] больше не получает сообщения бота
}
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
question-queued = Вопрос №{ $id } принят. Наставники по этой теме сейчас не на связи: предложу им вопрос { $when }, когда начнутся их часы связи.
question-pause-how = Напишите, до какого дня пауза, например: /pause 15.01 или /pause 15.01.2027 9:00
question-pause-status = У вас пауза: вопросы снова начну предлагать { $until }. Снять её раньше — /resume
question-pause-unparsed = Не понял дату. Например: /pause 15.01 или /pause 15.01.2027 9:00
question-pause-impossible = Такой даты нет. Проверьте число и месяц.
question-pause-past = Эта дата уже прошла.
question-paused = Пауза включена: вопросы снова начну предлагать { $until }. Снять паузу раньше — /resume
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
    }; задан { $since }
question-overview-mentors = Наставники ({ $count }): взято · медиана до взятия, мин · до первого ответа, мин · средняя оценка
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating ->
    [none] оценок нет
   *[other] { $rating }
}
question-overview-more = …и ещё { $count } — все наставники в итоговом отчёте: /report
question-overview-gaps = Темы, по которым не нашлось ни одного наставника:
question-overview-gap = • { $topic }: { $count }
question-settings = Как идут вопросы:
    сразу — скольким наставникам вопрос приходит за раз: { $waveSize }
    ждать — сколько минут ждать, пока кто-то возьмёт: { $waveTimeoutMinutes }
    срочно — то же для срочного вопроса, минут: { $urgentWaveTimeoutMinutes }
    круги — сколько раз предложить, прежде чем передать куратору: { $maxWaves }
    вопросов — сколько открытых вопросов может быть у одного наставника: { $openQuestionCap }
    напомнить — через сколько дней тишины напомнить: { $idleNudgeDays }
    закрыть — через сколько дней тишины закрыть: { $idleCloseDays }
    Изменить, например: /question_settings ждать 30
question-settings-usage = Напишите название и число, например: /question_settings ждать 30. Названия: сразу, ждать, срочно, круги, вопросов, напомнить, закрыть.
question-settings-out-of-range = Такое значение нельзя: проверьте число.
question-settings-saved = Сохранено.
# questions: reopening, undo, a new question after a close, the curator's hand (issue 17)
question-undo-close = ↩ Отменить
question-reopen = 🔄 Открыть снова
question-already-open = Вопрос и так открыт — пишите, я перешлю.
question-undo-too-late = Отменить можно только в первую минуту. Спрашивающий может открыть вопрос снова.
question-reopen-too-late = Вопрос №{ $id } закрыт больше { $days ->
        [one] { $days } дня
       *[other] { $days } дней
    } назад — открыть его снова уже нельзя. Задайте новый вопрос: /ask
question-reopen-mentor-gone = Наставник вопроса №{ $id } больше не участвует — открыть вопрос снова нельзя. Задайте новый вопрос: /ask
question-reopened-note = { $header }: вопрос снова открыт.
question-reopened = { $how ->
        [undone] Закрытие отменено.
       *[reopened] Вопрос снова открыт.
    } { $header }: пишите — я перешлю.
question-reopened-other = { $header }: { $name } { $how ->
        [undone] отменяет закрытие
       *[reopened] снова открывает вопрос
    }. Переписка продолжается.
question-after-close = Ваш вопрос №{ $id } уже закрыт. Задать новый вопрос с этим текстом?{ $reopen ->
        [yes] {" "}Или откройте вопрос №{ $id } снова.
       *[no] {""}
    }
question-after-close-ask = ❓ Задать новый вопрос
question-take-myself = ✋ { $readerGender ->
        [male] Возьму сам
        [female] Возьму сама
       *[other] Взять себе
    }
question-assign-pick = { $header }: { $count ->
        [0] сегодня нет свободных коллег. Можно взять вопрос себе.
       *[other] кому поручить? Здесь те, кто сегодня на работе; сначала — знающие тему.
    }
question-mentor-declined = От коллеги { $name } уже был отказ по этому вопросу — выберите другого.
question-mentor-not-today = У коллеги { $name } сегодня нерабочий день или часы уже закончились — выберите другого коллегу: /questions
question-remind = 🔔 Напомнить наставнику
question-remind-not-taken = Напомнить можно только о вопросе, который кто-то взял.
question-remind-mentor = { $header }: куратор напоминает — { $name } ждёт ответа.
question-remind-sent = { $header }: напоминание для { $name } отправлено (придёт в рабочие часы).
question-silent-curator = { $header }: вопрос у коллеги { $mentor } (взят { $since }), но за рабочий день ответа так и не было. Спрашивает { $asker }.
question-overview-take = №{ $id } · Взять
question-overview-assign = №{ $id } · Назначить
question-overview-remind = №{ $id } · Напомнить
question-ask-person = ❓ Вопрос: { $name }
question-ask-person-text = Напишите вопрос для коллеги { $name }. Можно прислать фото, документ или голосовое сообщение. Вопрос сначала увидит { $name }; если не успеет ответить — его получат другие наставники.
question-person-cannot-be-asked = Этому коллеге сейчас нельзя задать вопрос напрямую. Задайте его всем наставникам: /ask
question-asked-of-you = { $name } задаёт вопрос лично вам (из справочника).
question-sent-to = Вопрос №{ $id } отправлен: { $name }. Если ответа не будет, предложу его другим наставникам.
# end of questions: reopening and the curator's hand

question-report-sheet = Вопросы
question-report-col-mentor = Наставник
question-report-col-taken = Взято вопросов
question-report-col-take = Медиана до взятия, мин
question-report-col-answer = Медиана до первого ответа, мин
question-report-col-rating = Средняя оценка
question-report-totals = Вопросов задано: { $asked }, решено: { $closed }, передано куратору: { $escalated }. { $rating ->
    [none] Оценок пока нет.
   *[other] Средняя оценка: { $rating }.
}
# end of questions


## sessions

session-cmd-new = создать встречу скоростного наставничества
session-cmd-list = ближайшие встречи со свободными местами
session-cmd-mine = мои встречи
session-menu = 🗓 Встречи
session-organiser-unknown = —
session-place-online = Онлайн: { $place }
session-place-room = Место: { $place }
session-card = 🗓 { $title }{ $topic ->
        [none] {""}
       *[other] {"\u000A"}Тема: { $topic }
    }
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
session-remind-day = ⏰ Напоминание: встреча { $when }.
session-when-long = { $date } в { $time }
session-remind-hour = ⏰ Скоро встреча: начало в { $time }.
session-feedback-ask = Как прошла встреча «{ $title }»? Оцените от 1 до 5.
session-attendance-ask = Встреча «{ $title }» закончилась. Отметьте, кто не пришёл: нажмите на имя, чтобы переключить ✅/❌.
session-title-bad = Название нужно написать текстом, не длиннее { $max } символов.
session-when-past = Это время уже прошло. Напишите дату и время встречи в будущем.
session-when-unparsed = Не понял дату. Напишите, например: «25.12 15:00», «завтра в 15:30» или «в пятницу 16:00».
session-when-impossible = Такой даты нет (например, 31.02). Проверьте число и месяц.
session-when-no-time = Укажите и время, например: «25.12 15:00».
session-when-confirm = Встреча { $when }. Верно?
session-when-assumed = Дату вы не указали, поэтому я взял ближайшее такое время: { $when }. Верно?
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
    Описание: { $description }
    Мест: { $seats }
    Приглашение: { $audience }
session-clash = ⚠️ В это время у вас уже есть встреча «{ $title }» ({ $when }). Можно создать и эту, но проверьте, успеете ли.
session-create = Создать
session-discard = Отмена
session-discarded = Встреча не создана.
session-created = ✅ Встреча создана. { $count ->
    [0] Приглашать пока некого.
    [one] Приглашение получит { $count } коллега.
    [few] Приглашение получат { $count } коллеги.
    [many] Приглашение получат { $count } коллег.
   *[other] Приглашение получат { $count } коллеги.
}
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
session-full-mark = лист ожидания
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
session-feedback-summary = { $count ->
    [one] { $count } оценка
    [few] { $count } оценки
    [many] { $count } оценок
   *[other] { $count } оценки
}, средняя { $average }. Что участники попробуют в работе:
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
session-feedback-absent = По отметке ведущего вас не было на этой встрече, поэтому оценить её нельзя. Если это ошибка, напишите ведущему.
session-rated-ack = Спасибо за оценку: { $rating }
session-feedback-takeaway = Что из этой встречи вы попробуете в своей работе? Напишите пару строк (или /cancel, чтобы пропустить).
session-feedback-thanks = Спасибо! Ведущий и куратор увидят ваш отзыв.
session-not-over = Посещаемость отмечают после окончания встречи.
session-attendance-saved = Отмечено
session-report-sheet = Скоростное наставничество
session-report-summary = Встреч: { $held }, участников: { $people }, разных пар «ведущий — участник»: { $pairs }. { $average ->
    [none] Оценок пока нет.
   *[other] Средняя оценка: { $average }.
}
session-report-repeated = Пар, встретившихся больше одного раза: { $count }.
session-report-cancelled = отменена
session-report-held = состоялась
session-report-upcoming = впереди
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
session-host-me = { $readerGender ->
    [female] Веду сама
    [male] Веду сам
   *[other] Веду я
}
session-form-guest = Напишите имя ведущего: коллеги или приглашённого специалиста (до { $max } символов).
session-guest-bad = Имя ведущего — текстом, не длиннее { $max } символов.
# sessions: the host from the directory, an editable summary (issue 17)
session-host-colleague = Коллега из школы
session-host-guest = Гость со стороны
session-form-host-name = Напишите фамилию или имя коллеги, который будет вести встречу, например: «Соколова».
session-host-none = Среди коллег нет «{ $name }». Напишите фамилию иначе — или, если ведёт человек не из школы, выберите «Гость со стороны».
session-host-matches = { $count ->
        [one] Нашёлся { $count } коллега — нажмите, если это он или она:
        [few] Нашлись { $count } коллеги — выберите ведущего:
       *[many] Нашлись { $count } коллег — выберите ведущего:
    }
session-host-left = Этот коллега больше не работает в школе — выберите другого ведущего.
session-host-invited = { $name } { $readerGender ->
        [male] приглашает вас вести встречу. Вы ведущий:
        [female] приглашает вас вести встречу. Вы ведущая:
       *[other] приглашает вас вести встречу — вы её ведёте:
    } видите, кто записан, можете написать участникам, перенести или отменить встречу.
session-host-unreachable-now = { $name } сейчас не получает сообщения бота — расскажите о встрече сами.
session-clash-host = ⚠️ В это время у ведущего ({ $name }) уже есть встреча «{ $title }» ({ $when }).
session-host-off-hours = ⚠️ { $self ->
        [yes] Это время вне ваших рабочих часов ({ $from }–{ $to }).
       *[no] Это время вне рабочих часов ведущего ({ $name }: { $from }–{ $to }). Договоритесь с коллегой заранее.
    }
session-edit-title = ✏️ Название
session-edit-description = ✏️ Описание
session-edit-host = ✏️ Ведущий
session-edit-when = ✏️ Время
session-edit-duration = ✏️ Длительность
session-edit-place = ✏️ Место
session-edit-seats = ✏️ Места
session-edit-audience = ✏️ Кого пригласить
# end of sessions: host and summary
session-message = ✉️ Написать участникам
session-move = Перенести
session-move-when = Встреча «{ $title }» сейчас назначена { $when }. Напишите новую дату и время.
session-move-yes = Да, перенести
session-moved-seat = 🔁 Встреча перенесена: было { $from }, стало { $to }. Сможете прийти в новое время? Если нет, отмените запись, и место получит следующий.
session-moved-waiting = 🔁 Встреча «{ $title }», в листе ожидания которой вы стоите, перенесена: теперь она пройдёт { $to }.
session-moved-done = Встреча «{ $title }» перенесена: теперь она пройдёт { $when }. Записавшимся сообщено, напоминания перенесены.
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

programmes-cmd-plan = мой план по программе наставничества
programmes-cmd-programmes = все пары и группы с прогрессом
programmes-cmd-new = сформировать пару или группу
programmes-menu-plan = 🧭 Мой план
programmes-menu-programmes = 🎓 Программы
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
programmes-item-line = { $icon } { $n }. { $title } — срок { $date } ({ $responsible })
programmes-item-remark = ↩ замечание наставника: { $remark }
# programmes: the icons explained, the buttons named (issue 17)
programmes-legend = { $done_on_time } выполнено в срок · { $done_late } с опозданием · { $awaiting } ждёт проверки наставника · { $overdue } просрочено · { $upcoming } впереди
programmes-button-move-item = 🗓 Перенести срок п. { $n }
# end of programmes: icons
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
programmes-button-agree = { $readerGender ->
    [female] Согласна участвовать
    [male] Согласен участвовать
   *[other] Участвую
}
programmes-button-decline = Отказаться
programmes-button-end = ⏹ Завершить программу
programmes-button-end-yes = Да, завершить
programmes-button-no-comment = Без комментария
programmes-button-change-mentor = Сменить наставника
programmes-button-other-mentor = Попросить другого наставника
programmes-new-mentees = Новая программа. Выберите наставляемого (для группы — нескольких), затем «Далее».
programmes-new-no-mentees = Нет ни одного сотрудника с ролью «наставляемый». Назначьте роль в /people.
programmes-new-mentees-done = { $count ->
        [one] Далее ▶ (выбран { $count })
       *[other] Далее ▶ (выбрано { $count })
    }
programmes-new-mentees-page = Страница { $page } из { $pages }.
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
programmes-declined = Программа №{ $id } не начнётся: { $actorGender ->
    [female] { $name } отказалась от участия.
    [male] { $name } отказался от участия.
   *[other] { $name } не участвует.
}
programmes-started = Программа №{ $id } началась! Наставник: { $mentor }; наставляемые: { $mentees }. Я буду напоминать о сроках мероприятий плана.
programmes-already-answered = Вы уже ответили на это приглашение.
programmes-not-found = Такой программы нет.
programmes-not-running = Эта программа уже не идёт.
programmes-bad-kind = Неизвестный вид наставничества.
programmes-bad-term = Дата окончания программы должна быть не раньше даты начала.
programmes-no-mentee = Выберите хотя бы одного наставляемого.
programmes-mentor-is-mentee = Один человек не может быть наставником и наставляемым в одной программе.
programmes-person-not-active = Этого человека сейчас нет в программе: выберите другого.
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
programmes-reported-to-mentor = { $actorGender ->
    [female] { $name } отметила выполненным: «{ $title }» (срок { $date }).
    [male] { $name } отметил выполненным: «{ $title }» (срок { $date }).
   *[other] Отмечено выполненным: «{ $title }» (срок { $date }), отметка от { $name }.
}{ $comment ->
    [none] {""}
   *[other] {"\u000A"}Комментарий: { $comment }
}
}
programmes-confirmed = Принято: «{ $title }».
programmes-confirmed-to-mentee = { $actorGender ->
    [female] { $name } приняла «{ $title }». Отлично!
    [male] { $name } принял «{ $title }». Отлично!
   *[other] Наставник { $name }: «{ $title }» принято. Отлично!
}
programmes-return-ask = Что нужно доработать в «{ $title }»? Напишите замечание.
programmes-remark-empty = Напишите замечание текстом.
programmes-returned = «{ $title }» возвращено с замечанием.
programmes-returned-to-mentee = { $actorGender ->
    [female] { $name } вернула «{ $title }» на доработку: { $remark }
    [male] { $name } вернул «{ $title }» на доработку: { $remark }
   *[other] Наставник { $name }: «{ $title }» нужно доработать. { $remark }
}
programmes-remind-title = 🗓 Напоминание по плану наставничества:
programmes-remind-before = «{ $title }» — срок { $date }, { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
}
programmes-remind-day = «{ $title }» — срок сегодня, { $date }
programmes-remind-overdue = «{ $title }» — срок прошёл { $date }, отметьте выполнение или договоритесь с наставником о новом сроке
programmes-remind-mentor = { $mentees }: «{ $title }» просрочено (срок { $date })
programmes-remind-curator = { $mentor ->
    [none] { $mentees } (без наставника)
   *[other] Пара { $mentor } → { $mentees }
}: «{ $title }» давно просрочено (срок { $date })
programmes-remind-more = …и ещё { $count }
programmes-remind-footer = Весь план: /plan
programmes-digest-title = Еженедельная сводка: просрочки в { $count ->
    [one] { $count } программе
   *[other] { $count } программах
}
programmes-digest-line = №{ $id } { $mentor ->
    [none] { $mentees } (без наставника)
   *[other] { $mentor } → { $mentees }
}: просрочено { $overdue }
programmes-end-confirm = Завершить программу №{ $id }? Если она уже идёт, участники получат уведомление, и она завершится через три рабочих дня (ст. 351.8 ТК РФ); если ещё ждёт согласия — сразу.
programmes-you-ended = Программа №{ $id } завершена.
programmes-ended = Программа №{ $id } завершена: { $reason }.
programmes-end-curator = по решению куратора
programmes-end-mentee-left = наставляемый больше не участвует
programmes-end-member = по инициативе участника
programmes-mentor-deactivated = Программа №{ $id } осталась без наставника: { $name } больше не в программе (наставляемые: { $mentees }). Назначьте нового наставника.
programmes-other-mentor-asked = { $name } просит сменить наставника в программе №{ $id } (сейчас: { $mentor }).
programmes-other-mentor-sent = Просьба отправлена куратору.
programmes-change-mentor-choose = Новый наставник для программы №{ $id }:
programmes-mentor-changed = В программе №{ $id } теперь наставник { $name }.
programmes-you-are-mentor = Вы назначены наставником в программе №{ $id } (наставляемые: { $mentees }).
programmes-new-mentor-for-you = В программе №{ $id } у вас новый наставник: { $name }.
programmes-mentor-replaced = Программа №{ $id } передана другому наставнику. Спасибо за вашу работу!
programmes-report-sheet = Программы наставничества
programmes-report-summary = Программ: { $programmes }; наставников: { $mentors }; наставляемых: { $mentees }; мероприятий выполнено в срок: { $onTime } из { $total }
programmes-report-columns = №|Вид|Наставник|Наставляемые|Начало|Окончание|Статус|Мероприятий|В срок|С опозданием|Ждут подтверждения|Просрочено|Впереди
programmes-audience = Пара или группа наставничества
programmes-audience-choice = №{ $id } { $mentor } + { $count }
programmes-button-quit = Завершить досрочно
programmes-button-accept = { $readerGender ->
    [female] Согласна
    [male] Согласен
   *[other] Принимаю
}
programmes-move-ask = Новый срок для «{ $title }» (сейчас { $date }; программа идёт с { $from } по { $to }):
programmes-move-same = Это тот же срок. Укажите другую дату.
programmes-move-proposed = { $name } предлагает перенести срок «{ $title }» с { $old } на { $date }.
programmes-move-sent = Предложение отправлено. Срок изменится, когда другая сторона согласится.
programmes-moved = Срок «{ $title }» перенесён на { $date }.
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
programmes-move-you-declined = Вы отклонили перенос срока «{ $title }».
programmes-move-stale = Это предложение уже неактуально.
programmes-quit-ask = Почему вы хотите завершить программу №{ $id } досрочно? Напишите причину — её увидят куратор и другой участник. Программа завершится через три рабочих дня после уведомления, если вы его не отзовёте.
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
programmes-extend-declined = { $actorGender ->
    [female] { $name } не согласна продлевать программу №{ $id } до { $to }.
    [male] { $name } не согласен продлевать программу №{ $id } до { $to }.
   *[other] { $name } не принимает продление программы №{ $id } до { $to }.
}
programmes-extend-you-declined = Вы отклонили продление программы №{ $id }.
programmes-button-agreement = 📝 Договорённости пары
programmes-agreement-ask = Запишите договорённости пары по программе №{ $id }: когда и как связываться, как часто и где встречаться (очно или онлайн), конфиденциальность, обратная связь.
programmes-agreement-saved = Договорённости записаны. Их видят участники программы и куратор.
programmes-agreement-changed = { $actorGender ->
    [female] { $name } записала договорённости по программе №{ $id }: { $text }
    [male] { $name } записал договорённости по программе №{ $id }: { $text }
   *[other] Новые договорённости по программе №{ $id } ({ $name }): { $text }
}
programmes-agreement-line = Договорённости: { $text }

# end of programmes


## labour (the labour-law record: consent, notice of ending early, the mentors' record)

labour-cmd-consents = согласия наставников, доплата, досрочное прекращение (ст. 351.8 ТК РФ)
labour-cmd-record = учёт работы наставников за месяц или учебный год
labour-consent-recorded = Ваше согласие на наставничество по программе №{ $id } записано (ст. 351.8 Трудового кодекса): срок с { $from } по { $to }, вид — { $kind }, форма — { $form }. Размер доплаты внесёт школа; письменное согласие и дополнительное соглашение подготовит куратор.
labour-side-mentor = наставник
labour-side-mentee = наставляемый
labour-side-curator = куратор
labour-notice-given-you = Уведомление о досрочном прекращении программы №{ $id } отправлено всем участникам и куратору. Программа завершится { $date } — через три рабочих дня, если вы не отзовёте уведомление до этого.
labour-notice-given = { $name } ({ $side }) уведомляет о досрочном прекращении программы №{ $id }. Программа завершится { $date } — через три рабочих дня, если уведомление не отзовут.
labour-notice-exists = По программе №{ $id } уже есть уведомление о прекращении: она завершится { $date }.
labour-notice-withdrawn-you = Уведомление отозвано: программа №{ $id } продолжается.
labour-notice-withdrawn = Уведомление о прекращении программы №{ $id } отозвано ({ $name }): программа продолжается.
labour-notice-already-withdrawn = Это уведомление уже отозвано.
labour-notice-ran-out = Срок уведомления истёк { $date }: программа №{ $id } завершена, отозвать уведомление уже нельзя. Если работу нужно продолжить, куратор может оформить новую программу.
labour-button-withdraw = ↩️ Отозвать уведомление
labour-calendar-provisional = ℹ️ Переносы выходных на { $year } год ещё не утверждены постановлением: рабочие дни посчитаны по праздникам Трудового кодекса.
labour-consents-title = Согласия наставников за { $from }/{ $to } учебный год (ст. 351.8 ТК РФ):
labour-consents-empty = В этом учебном году программ наставничества пока нет.
labour-consents-programme = №{ $id } { $mentor } → { $mentees }
labour-consents-none = согласие наставника в чате ещё не получено
labour-consents-given = согласие { $date }: срок с { $from } по { $to }, форма — { $form }
labour-consents-pay = доплата: { $pay }
labour-consents-no-pay = доплата не внесена
labour-consents-notice = ⏳ уведомление о прекращении ({ $side }): завершится { $date }
labour-button-pay = 💰 Доплата №{ $id } { $mentor }
labour-pay-ask = Напишите основание и размер доплаты наставнику { $mentor } по программе №{ $id }, например: 15% оклада, приказ № 12 от 01.09.2026.
labour-pay-empty = Напишите основание и размер доплаты.
labour-pay-long = Слишком длинно: не больше { $max } символов.
labour-pay-saved = Доплата по программе №{ $id } записана: { $pay }. Она попадёт в согласие и дополнительное соглашение (/documents).
labour-no-consent = Наставник ещё не подтвердил согласие в чате: доплату можно внести после этого.
labour-record-title = Учёт работы наставников — { $period }
labour-record-month = { $month }
labour-record-year = { $from }/{ $to } учебный год
labour-record-empty = За этот период работы наставников не записано.
labour-record-line = • { $name }: ответов на вопросы — { $questions }, встреч проведено — { $sessions }, мероприятий плана подтверждено — { $items }, { $rated ->
    [0] оценок пока нет
   *[other] средняя оценка — { $rating } (оценок: { $rated })
}
labour-record-hint = Другой период: /mentor_record 2026-10 (месяц) или /mentor_record 2026 (учебный год).
labour-record-bad-period = Укажите месяц как 2026-10 или учебный год как 2026 (не из будущего).
labour-record-sheet = Работа наставников
labour-record-summary = Наставников с записанной работой: { $mentors }; ответов на вопросы: { $questions }; встреч: { $sessions }; мероприятий плана подтверждено: { $items }
labour-record-columns = Наставник|Ответов на вопросы|Встреч проведено|Мероприятий подтверждено|Средняя оценка|Оценок
labour-consent-ask = Работа наставника выполняется с вашего письменного согласия (ст. 351.8 Трудового кодекса). Если вы согласны, нажмите кнопку — согласие запишется с датой, сроком и формой программы.
labour-button-consent = ✍️ Даю согласие

# end of labour


## calendar (working calendar and school holidays)

calendar-cmd = производственный календарь и школьные каникулы
calendar-title = 📅 Производственный календарь и каникулы
calendar-coverage-decree = { $year } год: праздники и переносы по постановлению — { $source }.
calendar-coverage-provisional = { $year } год: праздники по Трудовому кодексу; постановление о переносе выходных ещё не внесено, переносы могут измениться.
calendar-coverage-weekends = { $year } год: данных производственного календаря нет — считаю рабочими все дни, кроме субботы и воскресенья.
calendar-school-holidays = Школьные каникулы:
calendar-no-school-holidays = Школьные каникулы ещё не внесены.
calendar-button-add = ➕ Добавить каникулы
calendar-button-remove = 🗑 { $from } – { $to }
calendar-holiday-ask = Напишите даты каникул и название, например: 26.10 – 03.11 осенние каникулы. Даты без года относятся к { $from }/{ $to } учебному году.
calendar-holiday-unparsed = Не понял даты. Напишите так: 26.10 – 03.11 осенние каникулы.
calendar-holiday-backwards = Конец каникул раньше начала. Напишите сначала первый день, потом последний.
calendar-holiday-outside = Каникулы должны укладываться в один учебный год, с { $from } по { $to }.
calendar-holiday-added = Каникулы с { $from } по { $to } записаны.
calendar-holiday-removed = Каникулы удалены.
calendar-deadline-holiday = ⚠️ { $date } — нерабочий праздничный день. Ближайший рабочий день до него — { $before }.
calendar-deadline-day-off = ⚠️ { $date } — выходной день (перенос). Ближайший рабочий день до него — { $before }.
calendar-deadline-weekend = ⚠️ { $date } — выходной. Ближайший рабочий день до него — { $before }.
calendar-deadline-school-holidays = ℹ️ { $date } приходится на каникулы ({ $from } – { $to }).
calendar-year-not-covered = ℹ️ Производственного календаря на { $year } год у бота нет: праздники этого года не учтены, только выходные.

# end of calendar


## broadcasts

broadcast-cmd = объявление: разослать сотрудникам
broadcast-cmd-list = прошедшие и запланированные объявления
broadcast-menu = 📢 Объявление
broadcast-header = 📢 Объявление
broadcast-reminder-head = 🔔 Напоминание об объявлении от { $date }: подтвердите, пожалуйста, что ознакомились с ним.
broadcast-ack-button = { $readerGender ->
    [female] ✅ Ознакомлена
    [male] ✅ Ознакомлен
   *[other] ✅ Прочитано
}
broadcast-ack-thanks = Спасибо, отмечено.
broadcast-ack-already = Вы уже подтвердили, спасибо.
broadcast-ack-mark = ✅ Вы подтвердили, что ознакомились.
broadcast-people = { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
broadcast-reminded = Напоминание отправлено: { broadcast-people }. Тем, у кого сейчас нерабочее время, оно придёт в их часы связи.
broadcast-nobody-to-remind = Напоминать некому: все, кому объявление уже пришло, подтвердили.
broadcast-no-ack = В этом объявлении подтверждение не запрашивалось.
broadcast-no-audience = Сначала выберите, кому отправить.
broadcast-nobody = В этой группе сейчас никого нет. Выберите другую.
broadcast-cannot-cancel = Это объявление уже разослано или отменено: отменять нечего.
broadcast-progress = 📤 Объявление №{ $id }: отправлено { $done } из { $total }{ $waiting ->
    [0] {""}
   *[other] , ждут часов связи: { $waiting }
}.
broadcast-report-button = 📊 Отчёт
broadcast-cancel-button = ✖ Отменить рассылку
broadcast-unnamed = без имени
broadcast-and-more = и ещё { $count }
broadcast-report-title = 📊 Отчёт по объявлению №{ $id } ({ $status })
broadcast-status-draft = черновик
broadcast-status-scheduled = запланировано
broadcast-status-sending = идёт рассылка
broadcast-status-sent = разослано
broadcast-status-cancelled = отменено
broadcast-report-audience = Кому: { $audience }, получателей: { $total }
broadcast-report-delivered = ✅ Доставлено: { $count }
broadcast-report-waiting = 🕒 Ждут часов связи: { $count }
broadcast-report-queued = 📤 В очереди на отправку: { $count }
broadcast-report-unreachable = 🚫 Недоступны: { $count } — { $names }
broadcast-report-unreachable-hint = Как достучаться: попросите этих коллег написать боту в Telegram или MAX (если заблокировали бота) или разрешить сообщения сообщества во ВКонтакте — после этого бот снова сможет им писать. Или передайте объявление лично.
broadcast-report-failed = ⚠️ Не доставлено из-за ошибки: { $count } — { $names }
broadcast-report-cancelled = ✖ Не отправлено (рассылка отменена): { $count }
broadcast-refresh-button = 🔄 Обновить отчёт
broadcast-report-acks = Ознакомились: { $count } из { $total }
broadcast-report-not-acked = Ещё не подтвердили: { $names }
broadcast-remind-button = 🔔 Напомнить не подтвердившим ({ $count })
# year (issue 15): a reminder about an event already over
broadcast-remind-past = Событие из этого объявления уже прошло ({ $date }). Напоминать о нём людям, скорее всего, не нужно. Если всё же напомнить — нажмите кнопку.
broadcast-remind-past-button = Напомнить всё равно
broadcast-aud-all = 👥 Всем
broadcast-aud-mentor = Наставникам
broadcast-aud-mentee = Наставляемым
broadcast-aud-curator = Кураторам
broadcast-aud-topic = 🏷 По теме
broadcast-aud-position = 💼 По должности
broadcast-aud-topic-named = по теме «{ $topic }»
broadcast-aud-position-named = должность «{ $position }»
broadcast-draft-exists = У вас уже есть неотправленный черновик объявления. Продолжить его или начать заново?
broadcast-draft-continue = Продолжить черновик
broadcast-draft-fresh = Начать заново
broadcast-ask-text = Пришлите текст объявления (не больше { $max } символов). Можно приложить фото или документ — текст тогда пишите в подписи. Отменить: /cancel
broadcast-file-kind = К объявлению можно приложить фото или документ. Голосовые, аудио и видео не подойдут.
broadcast-file-too-big = Файл слишком большой: не больше { $max } МБ.
broadcast-file-taken = Файл приложен. Теперь пришлите текст объявления.
broadcast-file-taken-has-text = Файл приложен.
broadcast-empty = Текст объявления пустой. Пришлите текст.
broadcast-too-long = Текст слишком длинный: { $length } символов, а можно не больше { $max }. Сократите его или разбейте на два объявления.
broadcast-drop-button = 🗑 Удалить черновик
broadcast-ask-audience = Кому отправить объявление?
broadcast-ask-topic = Выберите тему: объявление получат те, кто помогает по ней или хочет в ней разобраться.
broadcast-no-positions = Должности у участников пока не указаны. Выберите другую группу.
broadcast-ask-position = Выберите должность:
broadcast-source-empty = Здесь пока не из чего выбрать. Выберите другую группу.
broadcast-ask-choice = Выберите:
broadcast-preview-title = 👀 Так объявление увидят получатели:
broadcast-preview-file = 📎 Вложение: { $name }
broadcast-file-photo = фото
broadcast-file-document = документ
broadcast-preview-audience = Кому: { $audience } — { broadcast-people }
broadcast-preview-platforms = Где получат: { $platforms }
broadcast-platform-telegram = Telegram: { $count }
broadcast-platform-vk = ВКонтакте: { $count }
# MAX adapter
broadcast-platform-max = MAX: { $count }
broadcast-platform-local = в этом чате: { $count }
broadcast-platform-none = недоступны: { $count }
broadcast-preview-ack-on = Попрошу подтвердить, что объявление прочитано.
broadcast-preview-ack-off = Подтверждать прочтение не нужно.
broadcast-send-now = 📤 Отправить сейчас
broadcast-send-later = 🕒 Запланировать
broadcast-ack-on-button = Просить подтвердить прочтение
broadcast-ack-off-button = Не просить подтверждения
broadcast-retext-button = ✏️ Изменить текст
broadcast-reaudience-button = 👥 Изменить получателей
broadcast-dropped = Черновик удалён.
broadcast-started = Рассылка началась: { broadcast-people }. Сообщения уходят постепенно, с учётом часов связи каждого.
broadcast-ask-when = Когда отправить? Например: 25.12 15:00, завтра в 9:00, в пятницу 16:00.
broadcast-when-unparsed = Не понял дату. Напишите, например: 25.12 15:00 или завтра в 9:00.
broadcast-when-impossible = Такой даты или времени не бывает. Проверьте и пришлите снова.
broadcast-when-past = Это время уже прошло. Укажите время в будущем.
broadcast-scheduled = 🕒 Объявление уйдёт { $at }. До этого его можно изменить или отменить (/broadcasts).
broadcast-edit-button = ✏️ Изменить
broadcast-not-scheduled = Это объявление уже не запланировано: рассылка началась или отменена.
broadcast-draft-busy = У вас есть другой черновик. Отправьте или удалите его (/broadcast), затем вернитесь к этому объявлению.
broadcast-scheduled-nobody = Запланированное объявление №{ $id } не отправлено: в выбранной группе к этому времени никого не осталось.
broadcast-list-empty = Объявлений пока нет. Создать: /broadcast
broadcast-list-title = 📢 Объявления (последние):
broadcast-list-item = №{ $id } · { $status } · { $at }
    { $audience }: «{ $preview }»
broadcast-edit-numbered = ✏️ №{ $id }
broadcast-report-numbered = 📊 №{ $id }
broadcast-cancel-numbered = ✖ №{ $id }
broadcast-cancelled-scheduled = Запланированное объявление №{ $id } отменено.
broadcast-cancelled-sending = Рассылка №{ $id } остановлена: не будет отправлено { $count }. Уже доставленное останется у получателей.
broadcast-demo-text = Коллеги, в четверг в 14:00 в методическом кабинете — встреча наставников и наставляемых: подведём итоги первой четверти и составим планы на вторую. Возьмите, пожалуйста, свои индивидуальные планы.
broadcast-aud-people = 👤 Выбрать людей
broadcast-aud-people-named = выбранные люди ({ $count })
broadcast-ask-people = Напишите имена получателей через запятую или каждое с новой строки (можно часть имени, не больше { $max }).
broadcast-too-many-people = Слишком много имён: не больше { $max }. Для большой группы выберите роль, тему или должность.
broadcast-people-unknown = Не нашёл: { $names }
broadcast-people-ambiguous = Подходят несколько человек, уточните имя: { $names }
broadcast-people-none = Никого не выбрал.
    { $problems }
    Пришлите имена ещё раз.
broadcast-draft-gone = Этого черновика больше нет (его отправили, запланировали или удалили). Новое объявление: /broadcast

# end of broadcasts


## surveys

surveys-cmd = опросы: ответить или посмотреть результаты
surveys-cmd-new = новый опрос: составить здесь, взять шаблон или прислать файл
surveys-invitation = 📋 Опрос «{ $title }»: { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}; опрос закроется { $until }.{ $anonymous ->
    [yes] {" "}Опрос анонимный: ответы не связываются с вашим именем.
   *[no] {" "}Опрос не анонимный: куратор увидит ваши ответы.
}
    Можно прерваться и продолжить позже: /surveys
surveys-reminder = Напоминание: вы ещё не закончили опрос «{ $title }» ({ $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}). Опрос закроется { $until }.{ $anonymous ->
    [yes] {" "}Опрос анонимный.
   *[no] {""}
}
surveys-start-button = Начать / продолжить
surveys-none-open = Сейчас нет опросов, которые ждут ваших ответов.
surveys-open-list = { $count ->
    [one] Ваших ответов ждёт { $count } опрос:
    [few] Ваших ответов ждут { $count } опроса:
   *[other] Ваших ответов ждут { $count } опросов:
}
surveys-open-item = { $title } (до { $until })
surveys-not-asked = Этот опрос проводится не для вас.
surveys-already-answered = Вы уже ответили на этот опрос. Спасибо! Ответить второй раз нельзя.
surveys-closed-already = Этот опрос уже закрыт, ответы больше не принимаются.
surveys-stale-question = Эта кнопка от другого вопроса. Ответьте на последний вопрос выше или откройте опрос заново: /surveys
surveys-progress = Вопрос { $n } из { $total } · { $title }
surveys-scale-ends = { $min } — { $minLabel }, { $max } — { $maxLabel }
surveys-yes = Да
surveys-no = Нет
surveys-multi-done = Готово
surveys-multi-hint = Отметьте все подходящие варианты и нажмите «Готово».
surveys-text-hint = Напишите ответ сообщением (не длиннее { $max } символов).
surveys-text-given = Ваш прежний ответ: { $text }
surveys-skip = Пропустить
surveys-back = ◀ Назад
surveys-toggled = Отмечено
surveys-saved = Ответ сохранён
surveys-pick-one = Отметьте хотя бы один вариант.
surveys-use-buttons = Здесь нужно выбрать ответ кнопкой. Повторяю вопрос:
surveys-text-empty = Ответ пустой. Напишите его текстом.
surveys-text-too-long = Ответ слишком длинный: { $length } символов, а можно не больше { $max }. Сократите его, пожалуйста.
surveys-thanks = Спасибо! Ваши ответы сохранены.
surveys-thanks-anonymous = Спасибо! Ваши ответы сохранены анонимно: они хранятся отдельно от вашего имени.
surveys-new-choose = Выберите шаблон опроса или пришлите файл с описанием опроса (JSON).
surveys-new-template-or-file = Выберите шаблон кнопкой выше или пришлите файл JSON с описанием опроса.
surveys-file-not-json = Нужен файл с расширением .json.
surveys-file-invalid = В файле опроса ошибки, опрос не создан:
surveys-file-problem = строка { $line }: { $path } — { $message }
surveys-new-audience = Опрос «{ $title }» ({ $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}). Кого опрашиваем?
surveys-audience-mentee = Наставляемых
surveys-audience-mentor = Наставников
surveys-audience-pairs = Наставников и наставляемых
surveys-audience-staff = Всех сотрудников
surveys-new-source-choice = Выберите группу:
surveys-audience-empty = В этой аудитории нет ни одного активного участника.
surveys-new-mode = Анонимный опрос или с именами? В анонимном ответы хранятся без связи с человеком, а результаты по группам меньше порогового размера не показываются.
surveys-mode-anonymous = Анонимный
surveys-mode-named = С именами
surveys-new-closes = Опрос откроется { $opens }. Сколько дней принимать ответы? Выберите кнопкой или напишите дату закрытия, например 25.12 18:00.
surveys-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[other] { $count } дней
}
surveys-date-unparsed = Не понял дату. Напишите, например: 25.12 или 25.12.2026 18:00.
surveys-date-impossible = Такой даты не бывает. Проверьте число и месяц.
surveys-date-past = Дата закрытия должна быть позже, чем через час.
surveys-date-too-far = Слишком далеко: опрос можно открыть не больше чем на полгода.
surveys-new-reminders = Опрос закроется { $until }. Сколько раз напомнить тем, кто не ответил? Напоминания приходят в часы связи каждого человека.
surveys-launched = Опрос «{ $title }» запущен (№{ $id }): приглашения получат { $count ->
    [one] { $count } человек
    [few] { $count } человека
   *[other] { $count } человек
} в свои часы связи{ $later ->
    [yes] , когда он откроется: { $opens }
   *[no] {""}
}. Опрос закроется { $until }. Следить за ходом: /surveys
surveys-manage-none = Опросов пока нет. Создать: /survey_new
surveys-card-open = 📋 №{ $id } «{ $title }» — открыт, закроется { $until }{ $anonymous ->
    [yes] , анонимный
   *[no] , с именами
}
surveys-card-closed = 📋 №{ $id } «{ $title }» — закрыт { $until }{ $anonymous ->
    [yes] , анонимный
   *[no] , с именами
}
surveys-rate-total = Ответили { $finished } из { $asked } ({ $percent }%)
surveys-rate-group = • { $group }: { $finished } из { $asked }
surveys-group-mentor = наставники
surveys-group-mentee = наставляемые
surveys-group-staff = сотрудники
surveys-group-curator = кураторы
surveys-results-button = Результаты
surveys-export-button = Выгрузить
surveys-close-button = Закрыть
surveys-live-on = Показывать результаты до закрытия
surveys-live-off = Не показывать до закрытия
surveys-live-is-on = Результаты опроса «{ $title }» теперь видны до закрытия.
surveys-live-is-off = Результаты опроса «{ $title }» будут видны после закрытия.
surveys-results-after-close = Опрос «{ $title }» ещё идёт: результаты по вопросам будут после закрытия (или включите показ до закрытия). Пока — отклик:
surveys-results-title = Результаты опроса «{ $title }»: учтено ответов — { $count }.
surveys-results-hidden-groups = Не показаны группы, где ответов меньше { $min }: { $groups }.
surveys-results-too-few = Ответов меньше { $min }: чтобы сохранить анонимность, результаты не показываются.
surveys-results-none = Ответов пока нет.
surveys-results-scale = среднее { $mean }, медиана { $median }, ответили { $answered }
surveys-results-more-texts = …и ещё { $count } ответов — в выгрузке.
surveys-closed-now = Опрос «{ $title }» закрыт. Результаты: /surveys
surveys-closed-notice = Опрос «{ $title }» закрыт.
surveys-export-after-close = Выгрузка будет доступна после закрытия опроса (или включите показ результатов до закрытия).
surveys-export-empty = В опросе нет ответов — выгружать нечего.
surveys-export-too-few = Ответов меньше { $min }: чтобы сохранить анонимность, выгрузка недоступна.
surveys-export-started = Готовлю диаграммы и файлы (XLSX и CSV), пришлю их сюда, как только будут готовы.
surveys-chart-caption = Диаграммы по опросу «{ $title }»
# year (issue 15): charts and the summary sheet say what they count
surveys-chart-footer = Опрос «{ $survey }» · ответили { $count } · { $date }
surveys-summary-dates = Проводился с { $from } по { $to }
surveys-summary-respondents = Ответили: { $count }
surveys-col-percent = % ответивших
surveys-xlsx-caption = Результаты опроса «{ $title }» ({ $count } ответов), XLSX
surveys-csv-caption = Те же ответы в CSV
surveys-sheet-summary = Сводка
surveys-sheet-responses = Ответы
surveys-col-question = Вопрос
surveys-col-option = Вариант
surveys-col-count = Количество
surveys-col-mean = Среднее
surveys-col-median = Медиана
surveys-col-group = Группа
surveys-col-person = Участник
surveys-report-sheet = Опросы
surveys-report-line = «{ $title }»: ответили { $finished } из { $asked }
surveys-report-none = Опросов за год не было.
surveys-report-col-survey = Опрос
surveys-report-col-asked = Опрошено
surveys-report-col-finished = Ответили
surveys-report-col-detail = Медиана / распределение
surveys-new-opens = Когда открыть опрос? Сейчас — кнопкой, или напишите дату, например 01.12 09:00.
surveys-opens-now = Сейчас
surveys-date-before-open = Закрыть опрос можно не раньше чем через час после открытия.
surveys-not-open-yet = Опрос ещё не открыт: он откроется { $opens }.
surveys-card-later = 📋 №{ $id } «{ $title }» — откроется { $opens }, закроется { $until }{ $anonymous ->
    [yes] , анонимный
   *[no] , с именами
}
surveys-anonymous-no-live = Опрос «{ $title }» анонимный: его результаты видны только после закрытия. Если показывать их раньше, по разнице итогов до и после чьего-то ответа можно узнать, что ответил этот человек. Ничего не изменено.
surveys-anonymous-results-after-close = Опрос «{ $title }» анонимный и ещё идёт: результаты по вопросам будут после закрытия. Пока — отклик:
surveys-anonymous-export-after-close = Опрос анонимный: выгрузка будет доступна после его закрытия.
surveys-report-after-close = результаты — после закрытия

# surveys builder, menus and /help by job (issue 17, branch surveys)
help-group-questions = ❓ Вопросы
help-group-sessions = 🗓 Встречи
help-group-programmes = 🎓 Программы
help-group-broadcasts = 📢 Объявления
help-group-surveys = 📋 Опросы и отчёты
help-group-people = 👥 Люди
help-group-general = ⚙️ Общее
help-group-privacy = 🔒 Мои данные
surveys-menu = 📋 Опросы
reports-menu = 📊 Отчёт
menu-run-session-new = ➕ Новая встреча
menu-run-programme-new = ➕ Новая пара или группа
menu-run-invite = ➕ Пригласить
menu-run-import = 📥 Загрузить список
question-menu-overview = 📥 Все вопросы
surveys-builder-start = Новый опрос. Составьте его здесь, вопрос за вопросом, или возьмите шаблон: его вопросы будут видны до запуска, и их можно изменить. Можно и прислать файл с описанием опроса (JSON).
surveys-builder-own = ✍️ Составить свой
surveys-builder-ask-title = Как назовём опрос? Напишите название (до { $max } символов).
surveys-builder-ask-rename = Сейчас опрос называется «{ $title }». Напишите новое название (до { $max } символов).
surveys-builder-title-empty = Название пустое. Напишите его текстом.
surveys-builder-ask-question = Вопрос { $n }: напишите его текст (до { $max } символов).
surveys-builder-ask-new-text = Вопрос { $n } сейчас звучит так: «{ $text }». Напишите новый текст или оставьте прежний.
surveys-builder-keep-text = Оставить текст
surveys-builder-question-empty = Текст вопроса пустой. Напишите вопрос сообщением.
surveys-builder-too-long = Слишком длинно: { $length } символов, а можно не больше { $max }. Сократите, пожалуйста.
surveys-builder-ask-kind = Как на него отвечать?
surveys-builder-kind-scale = Оценка по шкале
surveys-builder-kind-single = Один вариант из списка
surveys-builder-kind-multi = Несколько вариантов из списка
surveys-builder-kind-yesno = Да или нет
surveys-builder-kind-text = Свой ответ текстом
surveys-builder-keep-kind = Оставить как было
surveys-builder-ask-scale = Какая шкала?
surveys-builder-ask-legend = Шкала от { $min } до { $max }. Подпишите её края через косую черту, например: совсем не согласен / полностью согласен. Или обойдитесь без подписей.
surveys-builder-no-legend = Без подписей
surveys-builder-legend-two = Нужны две подписи через косую черту: для наименьшей оценки и для наибольшей.
surveys-builder-ask-options = Напишите варианты ответа, каждый с новой строки (от двух до { $max }).
surveys-builder-options-few = Вариантов должно быть хотя бы два, каждый с новой строки.
surveys-builder-options-many = Вариантов слишком много: можно не больше { $max }.
surveys-builder-options-repeat = Варианты повторяются. Оставьте каждый по одному разу.
surveys-builder-too-many = В опросе уже { $max } вопросов: больше не поместится. Так много вопросов мало кто дочитает — лучше разделить на два опроса.
surveys-builder-preview = Опрос «{ $title }»: { $count ->
    [0] пока без вопросов
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[other] { $count } вопросов
}. Следующий вопрос можно просто написать сообщением.
surveys-builder-line-scale = шкала от { $min } до { $max }{ $legend ->
    [none] {""}
   *[other] : { $legend }
}
surveys-builder-line-single = один вариант: { $options }
surveys-builder-line-multi = несколько вариантов: { $options }
surveys-builder-line-yesno = да или нет
surveys-builder-line-text = ответ текстом
surveys-builder-add = ➕ Добавить вопрос
surveys-builder-edit = ✏️ Изменить
surveys-builder-delete = 🗑 Удалить
surveys-builder-rename = 🏷 Переименовать
surveys-builder-next = ➡️ Дальше: кого опрашиваем
surveys-builder-pick-edit = Какой вопрос изменить? Нажмите номер или напишите его (от 1 до { $count }).
surveys-builder-pick-delete = Какой вопрос удалить? Нажмите номер или напишите его (от 1 до { $count }).
surveys-builder-pick-number = Нужен номер вопроса от 1 до { $count }.
surveys-builder-deleted = Вопрос { $n } удалён.
surveys-builder-no-questions = В опросе нет ни одного вопроса. Добавьте хотя бы один.
surveys-builder-opens-past = Это время уже прошло. Напишите дату открытия в будущем или откройте опрос сейчас.
surveys-builder-summary = Проверьте, всё ли верно:
    • опрос «{ $title }», { $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
       *[other] { $count } вопросов
    }
    • кого опрашиваем: { $audience } — { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[other] { $people } человек
    }
    • { $anonymous ->
        [yes] анонимный: ответы хранятся без имён
       *[no] с именами
    }
    • откроется { $opens }, закроется { $until }
    • напоминаний тем, кто не ответил: { $reminders }
    Пока вы не нажмёте «Запустить», никто ничего не получит.
surveys-builder-launch = 🚀 Запустить
surveys-builder-back-to-questions = ✏️ Вернуться к вопросам
surveys-builder-new-button = ➕ Новый опрос
surveys-card-dates = с { $opens } по { $until }
surveys-report-line-numbered = №{ $id } «{ $title }» ({ $opens } — { $until }): ответили { $finished } из { $asked }
surveys-manage-new = Новый опрос — кнопкой ниже или командой /survey_new.
# end of the surveys builder block

# end of surveys


## reports

reports-cmd = итоговый отчёт за учебный год (для педсовета)
reports-title = Итоги наставничества за { $from }/{ $to } учебный год — { $org }
reports-bad-year = Укажите год начала учебного года четырьмя цифрами, не позже { $year }, например: /report { $year }
reports-file-caption = Итоговый отчёт за { $from }/{ $to } учебный год (XLSX)
reports-file-failed = Не удалось подготовить файл. Попробуйте ещё раз позже.
reports-participants-sheet = Участники
reports-participants-line = Наставников: { $mentors }, наставляемых: { $mentees }
reports-col-role = Роль
reports-col-count = Человек
reports-role-mentor = Наставники
reports-role-mentee = Наставляемые
reports-role-staff = Сотрудники
reports-role-curator = Кураторы
# year (issue 15): the participants sheet by name
reports-col-person = Сотрудник
reports-col-roles = Участвует как
reports-col-position = Должность
reports-one-mentor = наставник
reports-one-mentee = наставляемый
reports-left = больше не в программе

reports-button-docx = 📄 Справка для педсовета (DOCX)

# end of reports


## documents (documents for signing, DOCX)

documents-cmd = документы для подписи: приказ, программы, согласия, аналитическая справка
documents-menu = 📁 Документы для подписи (DOCX). Выберите, что подготовить:
documents-menu-no-programmes = Программ наставничества в этом учебном году пока нет: доступна только аналитическая справка.
documents-menu-page = Программы, страница { $page } из { $pages }.
documents-button-order = 📜 Приказ о закреплении наставников
documents-button-report = 📊 Аналитическая справка за { $from }/{ $to }
documents-button-programme = 📄 №{ $id } { $mentor }
documents-button-consent = ✍️ Согласие
documents-preparing = Готовлю документ «{ $title }», пришлю файлом через минуту.
documents-no-programmes = В этом учебном году нет действующих программ: закреплять некого.
documents-no-mentor = У этой программы сейчас нет наставника.
documents-plan-empty-note = В программе №{ $id } ещё нет плана мероприятий: в документе будет пометка об этом.
documents-draft = ПРОЕКТ
documents-not-yet = не получено
documents-form-individual = индивидуальная
documents-form-collective = коллективная (групповая)
documents-form-distance = дистанционная
documents-field = Сведения
documents-value = Содержание
documents-field-mentor = Наставник
documents-field-mentees = Наставляемые
documents-field-kind = Вид наставничества
documents-field-form = Форма наставничества
documents-field-term = Срок
documents-field-status = Состояние
documents-field-goals = Цели и задачи
documents-field-agreement = Договорённости пары
documents-field-content = Содержание работы
documents-field-pay = Доплата за наставничество
documents-field-agreed-in-chat = Согласие подтверждено в чате
documents-sign-head = Руководитель
documents-sign-mentor = Наставник { $name }
documents-sign-mentee = Наставляемый { $name }
documents-sign-curator = Куратор
documents-sign-signature = Подпись
documents-sign-date = Дата
documents-sign-employer = Работодатель
documents-sign-employee = Работник { $name }
documents-order-title = Приказ о закреплении наставников на { $from }/{ $to } учебный год
documents-order-heading = ПРИКАЗ
documents-order-number = «___» ____________ 20___ г.          № ______
documents-order-subject = О закреплении наставников
documents-order-preamble = В соответствии со статьёй 351.8 Трудового кодекса Российской Федерации, положением о системе наставничества педагогических работников { $org } и на основании письменного согласия наставников
documents-order-command = ПРИКАЗЫВАЮ:
documents-order-point-assign = 1. Закрепить наставников за наставляемыми на { $from }/{ $to } учебный год:
documents-order-columns = №|Наставник|Наставляемые|Вид наставничества|Форма|Срок|Согласие наставника
documents-order-point-curator = 2. Куратором реализации персонализированных программ наставничества назначить: { $curator }.
documents-order-point-programmes = 3. Наставникам и наставляемым выполнять мероприятия персонализированных программ наставничества в установленные сроки.
documents-order-point-control = 4. Контроль за исполнением приказа оставляю за собой.
documents-order-acquainted = С приказом ознакомлены:
documents-acquainted-columns = ФИО|Подпись|Дата
documents-programme-title = Персонализированная программа наставничества №{ $id }
documents-programme-heading = Персонализированная программа наставничества №{ $id }
documents-plan-heading = План мероприятий
documents-plan-empty = План мероприятий ещё не составлен.
documents-plan-columns = №|Мероприятие|Срок|Ответственный|Отметка о выполнении|Комментарий
documents-item-done_on_time = выполнено в срок ({ $date })
documents-item-done_late = выполнено с опозданием ({ $date })
documents-item-awaiting = отчёт на проверке у наставника
documents-item-overdue = не выполнено, срок прошёл
documents-item-upcoming = запланировано
documents-consent-title = Согласие наставника и дополнительное соглашение (программа №{ $id }, { $name })
documents-consent-heading = Согласие на выполнение работы по наставничеству
documents-consent-text = Я, { $name } ({ $position }), даю согласие { $org } на выполнение работы по наставничеству на следующих условиях (статья 351.8 Трудового кодекса Российской Федерации):
documents-consent-content = персонализированная программа наставничества №{ $id } «{ $title }», вид: { $kind }
documents-consent-early-end = Мне известно, что я вправе досрочно отказаться от выполнения работы по наставничеству, а работодатель вправе досрочно отменить поручение о её выполнении, предупредив другую сторону в письменной форме не позднее чем за три рабочих дня.
documents-addendum-heading = Дополнительное соглашение № ____ к трудовому договору от «___» ________ 20___ г. № ____
documents-addendum-parties = { $org } (работодатель) и { $name }, { $position } (работник), заключили настоящее дополнительное соглашение о нижеследующем.
documents-addendum-1 = 1. Работник с его письменного согласия выполняет работу по наставничеству в отношении: { $mentees }.
documents-addendum-2 = 2. Содержание работы: { $content }.
documents-addendum-3 = 3. Срок выполнения работы: с { $from } по { $to }.
documents-addendum-4 = 4. Форма наставничества: { $form }.
documents-addendum-5 = 5. За выполнение работы по наставничеству работнику устанавливается доплата: { $pay }.
documents-addendum-6 = 6. Работник вправе досрочно отказаться от выполнения работы по наставничеству, а работодатель — досрочно отменить поручение о её выполнении, предупредив другую сторону в письменной форме не позднее чем за три рабочих дня.
documents-addendum-7 = 7. Соглашение составлено в двух экземплярах, вступает в силу с момента подписания и является неотъемлемой частью трудового договора.
documents-report-title = Аналитическая справка о наставничестве за { $from }/{ $to } учебный год
documents-report-heading = Аналитическая справка о реализации системы наставничества за { $from }/{ $to } учебный год
documents-report-intro = Справка подготовлена для итогового педагогического совета { $org } по данным бота «Наставник» за { $from }/{ $to } учебный год.
documents-report-more-rows = { $count ->
    [one] Ещё { $count } строка — в таблице XLSX (/report).
    [few] Ещё { $count } строки — в таблице XLSX (/report).
   *[other] Ещё { $count } строк — в таблице XLSX (/report).
}
documents-report-conclusions = Выводы
documents-report-proposals = Предложения на следующий учебный год

# end of documents


## linking

linking-cmd = связать аккаунты в Telegram, ВКонтакте и MAX
linking-minutes = { $minutes ->
    [one] { $minutes } минуту
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
linking-code = Код для привязки: { $code }
    Откройте бота в другом мессенджере (Telegram, ВКонтакте или MAX) и отправьте там:
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
linking-done-other = Ваш профиль теперь доступен и { $platform }.
linking-accounts = Где доступен ваш профиль:
linking-preferred-mark = — пишу сюда в первую очередь
linking-choose = Куда мне писать в первую очередь? Выберите кнопкой.
linking-preferred-set = Теперь пишу вам в первую очередь { $platform }.

# end of linking


## playground

playground-title = Песочница «Наставника»
playground-subtitle = Несколько человек демонстрационной организации пишут боту бок о бок. Всё по-настоящему: те же сообщения, кнопки и напоминания, что в Telegram и ВКонтакте.
playground-people = Участники
playground-open = Открыть чат
playground-close = Закрыть чат
playground-clock = Время в демо
playground-clock-ahead = (впереди на { $hours } ч)
playground-clock-hour = +1 час
playground-clock-day = +1 день
playground-clock-hint = Передвиньте время вперёд, чтобы увидеть напоминания и таймауты.
playground-language = English
playground-placeholder = Сообщение
playground-send = Отправить
playground-attach = Файл
playground-attach-hint = Прикрепить файл или картинку
playground-pressed = нажата кнопка «{ $label }»
playground-edited = изменено
playground-download = Скачать
playground-empty = Здесь пока пусто. Напишите /help, чтобы узнать, что умеет бот.
playground-you = Вы
playground-bot = Бот
playground-tabs = Открытые чаты
playground-offline = Нет связи с сервером песочницы, переподключаюсь…
playground-no-people = В песочнице пока никого нет.
playground-role-admin = администратор
playground-role-curator = куратор
playground-role-mentor = наставник
playground-role-mentee = наставляемый
playground-role-staff = сотрудник
playground-error-unknown_person = Такого участника нет в песочнице.
playground-error-unknown_message = Это сообщение уже недоступно.
playground-error-too_long = Слишком длинное сообщение: не больше 4096 символов.
playground-error-file_too_big = Файл слишком большой: не больше 5 МБ.
playground-error-body_too_big = Файл слишком большой: не больше 5 МБ.
playground-error-empty = Пустое сообщение не отправить.
playground-error-generic = Не получилось: { $message }

# end of playground
