programmes-reported-to-mentor = { $actorGender ->
    [female] { $name } отметила выполненным: «{ $title }» (срок { $date }).
    [male] { $name } отметил выполненным: «{ $title }» (срок { $date }).
   *[other] Отмечено выполненным: «{ $title }» (срок { $date }), отметка от { $name }.
}{ $comment ->
    [none] {""}
   *[other] {"\u000A"}Комментарий: { $comment }
}
