people-status-active = active
people-status-deactivated = deactivated
people-already-deactivated = This account is already deactivated.
people-not-deactivated = This account is active already.
people-deactivated = { $name } is deactivated. The history stays; { $personGender ->
    [female] bring her back from the card.
    [male] bring him back from the card.
   *[other] bring them back from the card.
}
people-reactivated = { $name } is back in the programme.
question-escalation-settled = { $header }: taken by { $name }.
question-offer-taken-by = { $header }: already taken by { $name }. Thank you!
question-taken-asker = { $header }: { $name }{ $position ->
    [none] {""}
   *[other] , { $position },
} took your question. Write here: I will relay your messages and bring the answers.
question-already-taken = { $name } has already taken the question.
question-assigned-mentor = Curator { $curator } gave you a question. { $header }
    { $name } asks:

    { $text }

    Write your answer right here — I will relay it.
question-other-unreachable = Cannot deliver the message: { $name } no longer receives the bot's messages.
question-released-reason = { $reason ->
    [handed_over] is handing the question to another mentor
    [deactivated] no longer takes part in the programme
   *[unreachable] no longer receives the bot's messages
}
question-closed-by = { $by ->
    [asker] as marked by the asker
    [mentor] as marked by the mentor
    [idle] after a long silence
    [unreachable] : the bot can no longer reach the other side
   *[left] : the other side no longer takes part
}
session-feedback-absent = The host marked you as absent from this session, so it cannot be rated. If that is a mistake, write to the host.
programmes-confirmed-to-mentee = Your mentor { $name } accepted "{ $title }". Well done!
programmes-returned-to-mentee = Your mentor { $name } returned "{ $title }": { $remark }
programmes-mentor-deactivated = Programme #{ $id } has no mentor now: { $name } is no longer in the programme (mentees: { $mentees }). Please assign a new mentor.
programmes-person-not-active = This person is not in the programme now: pick someone else.
broadcast-preview-ack-on = I will ask to confirm it was read.
broadcast-preview-ack-off = No confirmation asked for.
broadcast-ack-on-button = Ask to confirm it was read
reports-left = no longer in the programme
