programmes-reported-to-mentor = { $name } marked done: "{ $title }" (due { $date }).{ $comment ->
    [none] {""}
   *[other] {"\u000A"}Comment: { $comment }
}
