question-queued = Question #{ $id } accepted. The mentors in this topic are off hours now: I will offer it to them { $when }, when their contact hours begin.
session-when-confirm = The session is { $when }. Correct?
session-when-assumed = You gave no date, so I took the next such time: { $when }. Correct?
question-report-totals = Questions asked: { $asked }, solved: { $closed }, passed to the curator: { $escalated }. { $rating ->
    [none] No ratings yet.
   *[other] Average rating: { $rating }.
}
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating ->
    [none] no ratings
   *[other] { $rating }
}
labour-record-line = • { $name }: questions answered — { $questions }, sessions run — { $sessions }, plan items confirmed — { $items }, { $rated ->
    [0] no ratings yet
   *[other] average rating — { $rating } (ratings: { $rated })
}
session-feedback-summary = { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
}, average { $average }. What participants will try in their work:
session-report-summary = Sessions: { $held }, participants: { $people }, distinct host–participant pairs: { $pairs }. { $average ->
    [none] No ratings yet.
   *[other] Average rating: { $average }.
}
broadcast-platform-local = in this chat: { $count }
import-report = { $accepted ->
    [one] { $accepted } row accepted
   *[other] { $accepted } rows accepted
}, rejected: { $rejected }. Personal invitations are valid for { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
documents-report-more-rows = { $count ->
    [one] { $count } more row is in the XLSX workbook (/report).
   *[other] { $count } more rows are in the XLSX workbook (/report).
}
