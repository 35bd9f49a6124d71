profile-ask-timezone = Your time zone? Pick one below. Otherwise I will count your hours in { $zone }, as the organisation does.
profile-bad-timezone = I don't know that time zone. Please pick one below.
profile-card =
    👤 { $name }
    Position: { $position }
    Roles: { $roles }
    I help with: { $offers }
    I want help with: { $wants }
    Contact days: { $days }
    Contact hours: { $hours }, { $zone }
    Referred to as: { $gender ->
        [female] she
        [male] he
       *[other] they
    }
    Language: { $language }
    Messengers: { $platforms }
profile-edit-timezone = Time zone
profile-ask-gender = How should my messages refer to you: "she" or "he"? You can change it in your profile (/profile).
profile-gender-option = { $gender ->
    [female] She
    [male] He
   *[other] They (do not say)
}
profile-edit-gender = She / he
