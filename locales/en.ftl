# Texts of «Наставник». Every user-facing string is a key here and in the other locale file.
# Each capability keeps its keys in its own section; add new keys just above the section's end marker.

## common

common-private-only = I only work in private messages. Write to me directly and we'll do it there.
common-unsupported = I can't read this kind of message. Send text, a photo, a document or a voice message.
common-too-long = The message is too long: { $max } characters at most. Please split it.
common-use-buttons = Please choose an option with the buttons under the message above.
common-file-not-expected = I don't need a file right now. To ask a question with a file, start with /ask.
common-not-member = You are not in the mentoring programme yet. Ask your curator for an invitation link, or send the invitation code: /start CODE
common-deactivated = Your account has been deactivated by the curator. If this is a mistake, please contact the curator.
common-dont-understand = I didn't get that. Choose an action in the menu or see /help.
common-unknown-command = There is no /{ $command } command. All commands: /help
common-not-allowed = This action is not available to you.
common-stale-button = This button is out of date. Please use the latest message.
common-error = Something went wrong and nothing was changed. Please try again a little later.
common-prev = ◀ Back
common-next = Next ▶
common-done = Done
cmd-start = start using the bot
cmd-help = what the bot can do
cmd-menu = show the main menu
cmd-profile = my profile
cmd-language = язык / language
cmd-find = who can help: search topics and names
cmd-cancel = cancel the current action
cmd-invite = create an invitation
cmd-invites = active invitations
help-title = What I can do:
menu-shown = The main menu is below.
menu-help = ℹ️ Help
menu-profile = 👤 Profile
menu-find = 🔎 Who can help
cancel-done = Cancelled.
cancel-onboarding = Registration can't be cancelled halfway, but you can answer later — I'll wait.
cancel-nothing = There is nothing to cancel.
# end of common


## people

onboarding-welcome-back = Welcome back, { $name }! The main menu is below.
onboarding-need-code = Hello! This is the mentoring programme bot of "{ $org }". To join, open the invitation link from your curator or send the invitation code as a message. If you are already in the programme through another messenger, get a code there with /link and send it here: /link CODE
onboarding-bootstrap-used = This first-run code has been used already: the administrator is set. Ask your curator for an invitation.
onboarding-invitation-unknown = There is no such invitation. Check the code or ask your curator for a new link.
onboarding-invitation-expired = This invitation has expired. Ask your curator for a new one.
onboarding-invitation-revoked = The curator has revoked this invitation. Ask for a new one.
onboarding-invitation-used-up = Everyone this invitation was meant for has already joined. Ask your curator for a new one.
onboarding-consent =
    Welcome to the mentoring programme of "{ $org }"!

    To work, the bot keeps your full name, position, the topics you can help with and want help with, your contact hours and the mentoring conversations. The data is used only for your organisation's mentoring programme and is not passed to anyone else. At any time you can download your data (/my_data) or delete it (/forget).

    Do you consent to the processing of your personal data (Russian law 152-FZ)?
onboarding-consent-yes = ✅ I agree
onboarding-consent-no = I do not agree
onboarding-consent-declined = Understood. I have stored nothing about you. If you change your mind, open the invitation again.
onboarding-consent-thanks = Thank you!
onboarding-done = Done, you are in the programme! Here is your profile. Change it any time with /profile.
profile-ask-name = What is your name? Please write your full name.
profile-ask-position = What is your position? Choose a button or type it.
profile-ask-offers =
    Which topics can you help colleagues with? Tick them and press "Done" (choosing none is fine).
    Chosen: { $chosen }
    Page { $page } of { $pages }
profile-ask-wants =
    Which topics would you like help with? Tick them and press "Done".
    Chosen: { $chosen }
    Page { $page } of { $pages }
profile-ask-days = On which days may people write to you?
profile-ask-hours = At which hours? Choose or type, for example: 9-18 or 08:30-17:00
profile-ask-timezone = Your time zone? By default the organisation's ({ $zone }). You can type a zone name, e.g. Asia/Novosibirsk.
profile-none = —
profile-bad-name = Please write your full name in letters, 2 to { $max } characters.
profile-bad-position = A position is 2 to { $max } characters.
profile-bad-hours = I didn't get the hours. Write them like 9-18 or 08:30-17:00 (start before end).
profile-bad-timezone = I don't know that time zone. Choose a button or type one like Europe/Moscow.
profile-days-mon-fri = Mon–Fri
profile-days-mon-sat = Mon–Sat
profile-days-every = Every day
profile-day-mon = Mon
profile-day-tue = Tue
profile-day-wed = Wed
profile-day-thu = Thu
profile-day-fri = Fri
profile-day-sat = Sat
profile-day-sun = Sun
position-educator = Kindergarten teacher
position-senior-educator = Senior kindergarten teacher
position-teacher = Teacher
position-speech-therapist = Speech therapist
position-psychologist = Educational psychologist
position-music = Music director
position-pe = PE instructor
position-defectologist = Special needs teacher
position-extra-education = Extracurricular teacher
tz-kaliningrad = Kaliningrad
tz-moscow = Moscow
tz-samara = Samara
tz-yekaterinburg = Yekaterinburg
tz-omsk = Omsk
tz-krasnoyarsk = Krasnoyarsk, Novosibirsk
tz-irkutsk = Irkutsk
tz-yakutsk = Yakutsk
tz-vladivostok = Vladivostok
tz-kamchatka = Kamchatka
profile-card =
    👤 { $name }
    Position: { $position }
    Roles: { $roles }
    I help with: { $offers }
    I want help with: { $wants }
    Contact days: { $days }
    Contact hours: { $hours } ({ $zone })
    Language: { $language }
    Messengers: { $platforms }
profile-edit-name = Name
profile-edit-position = Position
profile-edit-offers = I help with…
profile-edit-wants = I want help with…
profile-edit-days = Contact days
profile-edit-hours = Contact hours
profile-edit-timezone = Time zone
profile-saved = Saved.
role-admin = administrator
role-curator = curator
role-mentor = mentor
role-mentee = mentee
role-staff = staff
language-ru = Русский
language-en = English
language-ask = Выберите язык / Choose your language
language-set = Language: English.
find-usage = Write what you are looking for: /find parents — a word after the command.
find-ask = Whom or what are you looking for? Type a topic or a name, e.g. parents, special needs, Ivanova.
find-too-long = The query is too long; keep it under 100 characters.
find-nothing = Nobody found for "{ $query }". Try another word.
find-title = { $count ->
    [one] { $count } person found for "{ $query }":
   *[other] { $count } people found for "{ $query }":
}
find-entry = • { $name } ({ $position }) — helps with: { $topics }
invite-usage = Like this: /invite ROLE [PEOPLE] [DAYS], where the role is curator, mentor, mentee or staff; up to { $maxUses } people and { $maxDays } days. Or just /invite and choose with buttons.
invite-ask-role = Whom are we inviting?
invite-ask-uses = How many people is the invitation for? Choose or type a number.
invite-uses-option = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
invite-ask-days = How many days is the invitation valid? Choose or type a number.
invite-days-option = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
invite-bad-number = Type a number (e.g. 25) or choose a button.
invite-no-link = the link appears once the bot is connected to Telegram
invite-created =
    Invitation created: { $role }, up to { $max } people, valid until { $expires }.
    Telegram link: { $link }
    VK link: { $vk }
    Code for other messengers (send it to the bot): /start { $code }
invite-no-vk-link = the link appears once the bot is connected to VK
invites-none = No active invitations. Create one: /invite
invites-entry = { $role }: code { $code }, used { $uses } of { $max }, until { $expires }. { $link }
invites-revoke = Revoke
invites-already-revoked = Already revoked or not found.
invites-revoked = Revoked.
invites-revoked-code = Invitation { $code } is revoked: nobody can join with it any more.
onboarding-prefilled = The curator has already entered your details: { $name }. Just tell me when people may write to you. You can correct your profile later with /profile.
cmd-people = staff: roles, deactivation
cmd-import = upload a staff list (CSV)
cmd-topics = the topic list
cmd-my-data = download my data
cmd-forget = delete my data
menu-people = 👥 Staff
people-title = Staff: { $total } (active { $active }, mentors { $mentors }, mentees { $mentees }). Page { $page } of { $pages }. Press a name to open the card.
people-status = Status: { $status }
people-status-active = active
people-status-deactivated = deactivated
people-status-onboarding = registering
people-status-forgotten = data deleted
people-deactivate = Deactivate
people-reactivate = Bring back
people-not-found = Staff member not found.
people-last-curator = You are the only curator: appoint another one first.
people-roles-saved = Roles saved.
people-not-yourself = You cannot deactivate yourself.
people-already-deactivated = Already deactivated.
people-not-deactivated = This person is active already.
people-deactivated = { $name } is deactivated. The history stays; bring them back from the card.
people-reactivated = { $name } is active again.
import-how =
    Send a CSV file with the staff list (Excel: save as "CSV (semicolon delimited)").
    The first line holds the headers: Name; Position; Roles; Offers; Wants.
    Roles separated by commas: mentor, mentee, curator, staff. Topics: titles from /topics separated by commas.
    Everyone gets a personal invitation; I'll send back a file with the links.
import-not-csv = I need a file ending in .csv.
import-too-big = The file is too big or could not be downloaded. Up to 2 MB, please.
import-bad-csv = I couldn't read the file as CSV. Save it from Excel as "CSV (semicolon delimited)".
import-empty = The file has no staff rows.
import-too-many = The file has { $count } rows, and one import takes at most { $max }. Please split the list.
import-bad-columns = I didn't find a "Name" column. The first line must be the headers: Name; Position; Roles; Offers; Wants.
import-row-bad-name = empty or odd name
import-row-duplicate-file = repeated in the file
import-row-duplicate-existing = this person is already here or already invited
import-row-bad-role = unknown role "{ $role }"
import-row-bad-topic = unknown topic "{ $topic }"
import-rejected-line = line { $line }: { $problem }
import-rejected-more = …and { $count } more
import-report = { $accepted ->
    [one] { $accepted } row accepted
   *[other] { $accepted } rows accepted
}, rejected: { $rejected }. Personal invitations are valid for { $days } days.
import-links-file = The file with personal links and codes — hand them out to the staff.
import-col-name = Name
import-col-role = Roles
import-col-code = Code
import-col-link = Telegram link
topics-title = The organisation's topics ({ $count }):
topics-usage = Add a topic: /topics add Title. A topic's button archives it (its history stays).
topics-bad-title = A topic title is 2 to 40 characters.
topics-exists = The topic "{ $title }" exists already.
topics-added = Topic "{ $title }" added.
topics-archived = Topic "{ $title }" archived.
privacy-export-ready = Everything the bot keeps about you is in the file.
privacy-forget-confirm = Delete your data? Your name, position, topics, contact hours and linked messengers will be deleted. Messages you sent colleagues stay with them, without your name. This cannot be undone.
privacy-forget-yes = Delete for good
privacy-forget-no = No, keep it
privacy-forget-cancelled = Nothing was deleted.
privacy-forget-last-admin = You are the only administrator. Appoint another curator first (/people), then delete your data.
privacy-forgotten = Your data is deleted. Thank you for being in the programme! You can come back with a new invitation.
# end of people


## questions

# end of questions


## sessions

# end of sessions


## programmes

programmes-cmd-plan = my mentoring plan
programmes-cmd-programmes = all pairs and groups with progress
programmes-cmd-new = form a pair or a group
programmes-menu-plan = 🗓 My plan
programmes-menu-programmes = 🗂 Programmes
programmes-kind-traditional = traditional (one to one)
programmes-kind-group = group
programmes-kind-reverse = reverse
programmes-kind-goal_setting = short-term goal setting
programmes-kind-distance = distance coaching
programmes-status-proposed = waiting for the members' agreement
programmes-status-active = running
programmes-status-ended = ended
programmes-status-declined = declined
programmes-resp-mentee = mentee
programmes-resp-mentor = mentor
programmes-resp-both = both
programmes-plan-header = Programme #{ $id } · { $kind }
    Mentor: { $mentor }
    Mentees: { $mentees }
    Term: { $from } — { $to } · { $status }
programmes-progress = On time: { $onTime } · late: { $late } · awaiting review: { $awaiting } · overdue: { $overdue } · upcoming: { $upcoming }
programmes-plan-empty = The plan has no events yet.
programmes-item-line = { $icon } { $n }. { $title } — by { $date } ({ $responsible })
programmes-item-remark = ↩ mentor's remark: { $remark }
programmes-none = You are not in any mentoring programme yet. When the curator forms your pair, I will send an invitation.
programmes-none-curator = You have no programme of your own. All pairs and groups: /programmes, a new one: /new_programme
programmes-choose = You are in several programmes. Which one?
programmes-list-empty = No pairs or groups yet. Form one: /new_programme
programmes-list-title = { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}:
programmes-button-open = #{ $id }: { $mentor }
programmes-button-plan = 🗓 Plan
programmes-button-done = ✅ { $title }
programmes-button-confirm = 👍 Accept
programmes-button-return = ↩ Return with a remark
programmes-button-confirm-n = 👍 Accept { $n }
programmes-button-return-n = ↩ Return { $n }
programmes-button-add = ➕ Add an event
programmes-button-agree = I agree to take part
programmes-button-decline = Decline
programmes-button-end = ⏹ End the programme
programmes-button-end-yes = Yes, end it
programmes-button-no-comment = No comment
programmes-button-change-mentor = Change the mentor
programmes-button-other-mentor = Ask for another mentor
programmes-new-mentees = A new programme. Pick the mentee (several for a group), then "Next".
programmes-new-no-mentees = Nobody has the mentee role. Assign it in /people.
programmes-new-no-mentors = No suitable mentors: assign the mentor role in /people.
programmes-new-mentor = Who should be the mentor? Candidates:
programmes-candidate = { $name }
    shared topics: { $topics }
    contact hours { $hours }, { $overlap } h a week in common; programmes now: { $load }
programmes-candidate-no-topics = none
programmes-warn-no-topic = ⚠️ { $name } offers none of the topics the mentee wants to learn. You may still choose them.
programmes-new-kind = Which kind of mentoring?
programmes-warn-busy = ⚠️ Already in a programme of this kind: { $names }. You may go on, but check it is not a duplicate.
programmes-new-template = The plan of events: take a template or start empty?
programmes-new-empty-plan = Empty plan
programmes-new-term = The programme starts today, { $from }. Until which date does it run? Type a date (e.g. 31.05.2027) or press the button.
programmes-new-term-default = Until { $to }
programmes-created = Programme #{ $id } is created. The mentor and mentees are invited: it starts when everyone agrees.
programmes-invitation = You are invited to a mentoring programme. Taking part is voluntary: agree or decline.
programmes-you-agreed-waiting = Thank you, your agreement is recorded. The programme starts when every member agrees.
programmes-you-declined = You declined. The curator will be told.
programmes-declined = Programme #{ $id } will not start: { $name } declined.
programmes-started = Programme #{ $id } has started! Mentor: { $mentor }; mentees: { $mentees }. I will remind you of the plan's deadlines.
programmes-already-answered = You have already answered this invitation.
programmes-not-found = There is no such programme.
programmes-not-running = This programme is no longer running.
programmes-bad-kind = Unknown kind of mentoring.
programmes-bad-term = The programme cannot end before it starts.
programmes-no-mentee = Pick at least one mentee.
programmes-mentor-is-mentee = One person cannot be both mentor and mentee in a programme.
programmes-person-not-active = This person is not active: pick someone else.
programmes-date-unparsed = I did not understand the date. Type, for example: 15.03.2027.
programmes-date-impossible = There is no such date in the calendar. Check the day and month.
programmes-date-past = That date has passed. Give today or a later date.
programmes-date-outside = The deadline must fall within the programme: from { $from } to { $to }.
programmes-item-ask-title = The event's title (up to 200 characters):
programmes-item-ask-date = The deadline? The programme runs from { $from } to { $to }. For example: 15.03.2027
programmes-item-ask-responsible = Who is responsible?
programmes-item-no-title = The title cannot be empty.
programmes-item-title-long = The title is too long: at most { $max } characters.
programmes-item-added = "{ $title }" is added, due { $date }.
programmes-item-added-to-mentee = A new event in your plan: "{ $title }", due { $date }. The plan: /plan
programmes-item-not-found = There is no such event.
programmes-item-not-open = This event is already marked done.
programmes-item-not-reported = This event is not waiting for review.
programmes-template-applied = Events added from the template: { $count }.
programmes-report-ask = Marking "{ $title }" done. Write a short comment or send a file as evidence (a photo, a document). Or press the button to go without a comment.
programmes-report-sent = Marked: "{ $title }". Your mentor will review and confirm it.
programmes-report-done = Done: "{ $title }".
programmes-reported-to-mentor = { $name } marked done: "{ $title }" (due { $date }).
    Comment: { $comment }
programmes-no-comment = no comment
programmes-confirmed = Accepted: "{ $title }".
programmes-confirmed-to-mentee = Your mentor { $name } accepted "{ $title }". Well done!
programmes-return-ask = What should be improved in "{ $title }"? Write a remark.
programmes-remark-empty = Please write the remark as text.
programmes-returned = "{ $title }" is returned with a remark.
programmes-returned-to-mentee = Your mentor { $name } returned "{ $title }": { $remark }
programmes-remind-title = 🗓 A reminder from your mentoring plan:
programmes-remind-before = "{ $title }" is due { $date }, { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
programmes-remind-day = "{ $title }" is due today, { $date }
programmes-remind-overdue = "{ $title }" was due { $date }: mark it done or agree on a new date with your mentor
programmes-remind-mentor = { $mentees }: "{ $title }" is overdue (due { $date })
programmes-remind-curator = Pair { $mentor } → { $mentees }: "{ $title }" is long overdue (due { $date })
programmes-remind-more = …and { $count } more
programmes-remind-footer = The whole plan: /plan
programmes-digest-title = Weekly summary: overdue events in { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
programmes-digest-line = #{ $id } { $mentor } → { $mentees }: { $overdue } overdue
programmes-end-confirm = End programme #{ $id }? Reminders stop and the members are told.
programmes-you-ended = Programme #{ $id } is ended.
programmes-ended = Programme #{ $id } has ended: { $reason }.
programmes-end-curator = by the curator's decision
programmes-end-mentee-left = the mentee no longer takes part
programmes-end-member = on a member's initiative
programmes-mentor-deactivated = Mentor { $name } was deactivated while running programme #{ $id } (mentees: { $mentees }). Please assign a new mentor.
programmes-other-mentor-asked = { $name } asks for another mentor in programme #{ $id } (now: { $mentor }).
programmes-other-mentor-sent = Your request went to the curator.
programmes-change-mentor-choose = The new mentor for programme #{ $id }:
programmes-mentor-changed = Programme #{ $id } now has { $name } as its mentor.
programmes-you-are-mentor = You are now the mentor of programme #{ $id } (mentees: { $mentees }).
programmes-new-mentor-for-you = Programme #{ $id } has a new mentor for you: { $name }.
programmes-mentor-replaced = Programme #{ $id } went to another mentor. Thank you for your work!
programmes-report-sheet = Mentoring programmes
programmes-report-summary = Programmes: { $programmes }; mentors: { $mentors }; mentees: { $mentees }; events done on time: { $onTime } of { $total }
programmes-report-columns = #|Kind|Mentor|Mentees|Start|End|Status|Events|On time|Late|Overdue
programmes-audience = A mentoring pair or group
programmes-audience-choice = #{ $id } { $mentor } + { $count }
programmes-button-move-n = 🗓 Date { $n }
programmes-button-quit = End early
programmes-button-accept = Agree
programmes-move-ask = A new deadline for "{ $title }" (now { $date }; the programme runs from { $from } to { $to }):
programmes-move-same = That is the same deadline. Give another date.
programmes-move-proposed = { $name } proposes to move "{ $title }" from { $old } to { $date }.
programmes-move-sent = The proposal is sent. The deadline changes when the other side agrees.
programmes-moved = "{ $title }" is now due { $date }.
programmes-move-accepted = { $name } agreed: "{ $title }" is now due { $date }.
programmes-move-declined = { $name } did not agree to move "{ $title }" to { $date }.
programmes-move-you-declined = You declined to move "{ $title }".
programmes-move-stale = This proposal is no longer current.
programmes-quit-ask = Why do you want to end programme #{ $id } early? Write the reason: the curator and the other member will see it.
programmes-end-note = Reason: { $note }
programmes-rate-ask = Please rate the programme from 1 to 5: it helps the curator.
programmes-rated = Thank you! Your rating: { $score }.
programmes-button-edit = ✏️ Change the plan
programmes-button-remove-n = 🗑 { $n }
programmes-button-extend = Extend the programme
programmes-edit-title = Programme #{ $id }: which event should go? An event with history (reports, moves) is archived; others are deleted.
programmes-item-archived = "{ $title }" is archived: its history is kept.
programmes-item-removed = "{ $title }" is removed from the plan.
programmes-extend-ask = Until which date should programme #{ $id } run? Now it ends on { $to }.
programmes-extend-not-later = The new date must be after { $to }.
programmes-extend-proposed = { $name } proposes to extend programme #{ $id } until { $to }.
programmes-extend-sent = The proposal is sent: the programme is extended when the other side agrees.
programmes-extended = Programme #{ $id } now runs until { $to }.
programmes-extend-declined = { $name } did not agree to extend programme #{ $id } until { $to }.
programmes-extend-you-declined = You declined to extend programme #{ $id }.
programmes-button-agreement = 📝 The pair's agreement
programmes-agreement-ask = Write down the pair's agreement for programme #{ $id }: when and how to get in touch, how often and where to meet (in person or online), confidentiality, feedback.
programmes-agreement-saved = The agreement is recorded. The members and the curator can see it.
programmes-agreement-changed = { $name } recorded the agreement for programme #{ $id }: { $text }
programmes-agreement-line = Agreement: { $text }

# end of programmes


## broadcasts

# end of broadcasts


## surveys

# end of surveys


## reports

# end of reports


## linking

linking-cmd = link your Telegram and VK accounts
linking-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
linking-code = Your link code: { $code }
    Open the bot in your other messenger (Telegram or VK) and send there:
    /link { $code }
    The code works once and for { linking-minutes }.
linking-how = To link accounts, send /link in the messenger where you already use the bot, then send the code here like this: /link CODE
linking-not-active = You can link accounts once your registration is complete.
linking-code-unknown = There is no such link code. Check it, or get a new one: send /link in the messenger where you are registered.
linking-code-used = This code has already been used: link codes work once. Get a new one with /link in the messenger where you are registered.
linking-code-expired = This code has expired: it works for { linking-minutes }. Get a new one with /link in the messenger where you are registered.
linking-too-many = Too many wrong codes in a row. Wait { linking-minutes } and try again.
linking-already-yours = This account is already linked to your profile; nothing to do.
linking-own-profile = This account is already registered as a separate profile, "{ $name }". I will not merge two profiles on my own, so that nothing is lost or mixed up. If both profiles are yours, ask a curator to delete the extra one, then get a new code with /link.
linking-unnamed = no name
linking-done = Done, the accounts are linked. It is one profile, { $name }: the same roles, questions and history.
linking-done-other = Your profile is now also available in { $platform }.
linking-accounts = Where your profile is available:
linking-preferred-mark = (I write here first)
linking-choose = Where should I write to you first? Choose with a button.
linking-preferred-set = From now on I write to you first in { $platform }.
linking-platform-telegram = Telegram
linking-platform-vk = VK
linking-platform-local = the playground

# end of linking


## playground

# end of playground
