profile-ask-timezone = Ваш часовой пояс? Выберите кнопкой. Если не выбрать, буду считать часы { $zone }, как в организации.
profile-bad-timezone = Не знаю такого часового пояса. Выберите его кнопкой.
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
profile-edit-timezone = Часовой пояс
profile-ask-gender = Как мне писать о вас: «она взяла вопрос» или «он взял вопрос»? Поменять можно в профиле (/profile).
profile-gender-option = { $gender ->
    [female] Она
    [male] Он
   *[other] Не указывать
}
profile-edit-gender = Она / он
