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

question-cmd-ask = ask mentors a question
question-cmd-mine = my questions and their state
question-cmd-pause = pause: offer me no questions until a date (vacation, sick leave)
question-cmd-resume = offer me questions again
question-cmd-overview = open questions, escalations and mentors' figures
question-cmd-settings = question routing settings
question-menu-ask = ❓ Ask a question
question-menu-mine = 🗂 My questions
question-someone = a participant
question-header = Question #{ $id } · { $topic }
question-file-only = (the question is in the attachment)
question-status = { $status ->
    [waiting] waiting for mentors' hours
    [offered] offered to mentors
    [escalated] passed to the curator
    [taken] in progress
    [closed] solved
   *[withdrawn] withdrawn
}
question-offer = { $urgent ->
    [yes] ❗ Urgent. { $header }
   *[no] { $header }
}
    Asked by: { $name }, { $position }

    { $text }
question-take = ✋ Take
question-decline = Can't
question-solved = ✅ Solved
question-hand-over = ↪ Hand over
question-assign-to = Assign: { $name }
question-escalation = ⚠️ { $header }
    { $reason ->
        [no_candidates] There is no available mentor in this topic.
       *[no_answer] Nobody took the question in time.
    }
    Asked by: { $name }, { $position }

    { $text }

    { $mentors ->
        [0] Assign a mentor via /people or add this topic to a colleague.
       *[other] Assign a mentor with a button below.
    }
question-asker-escalated = { $header }: { $reason ->
        [no_candidates] there is no free mentor in this topic right now.
       *[no_answer] no mentor has taken the question yet.
    } I passed it to the curator — it will not be lost.
question-escalation-settled = { $header }: taken by { $name }.
question-offer-taken-by = { $header }: already taken by { $name }. Thank you!
question-offer-yours = { $header }: the question is yours.
question-offer-declined = { $header }: you declined; offered to others.
question-offer-withdrawn = { $header }: the question was withdrawn.
question-taken-mentor = You took the question. { $header }
    { $name } asks:

    { $text }

    Write your answer right here — I will relay it. Photos, documents and voice messages work too.
question-assigned-mentor = The curator gave you a question. { $header }
    { $name } asks:

    { $text }

    Write your answer right here — I will relay it.
question-taken-asker = { $header }: { $name } ({ $position }) took your question. Write here — I will relay your messages and bring the answers.
question-own = This is your own question — you cannot take it.
question-already-yours = This question is already yours.
question-already-taken = { $name } has already taken the question.
question-gone = This question is already closed or withdrawn.
question-offer-ended = This offer is no longer valid.
question-you-declined = You have already declined this question.
question-you-paused = You are on pause. Send /resume to take questions.
question-take-ok = It's yours!
question-decline-ok = Fine, I'll offer it to others.
question-mentor-unavailable = This person cannot take the question now.
question-assign-ok = Assigned to { $name }.
question-idle-nudge = { $header }: the conversation has been quiet for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. If it is solved, press the button below. If not, just write.
question-closed-by = { $by ->
    [asker] as marked by the asker
    [mentor] as marked by the mentor
    [idle] after a long silence
    [unreachable] — the other side is unreachable (blocked the bot)
   *[left] — the other side no longer takes part
}
question-closed-asker = { $header } closed { question-closed-by }. Please rate the help from 1 to 5.
question-closed-mentor = { $header } closed { question-closed-by }. Thank you for helping!
question-already-closed = The question is already closed.
question-not-taken-yet = Nobody has taken the question yet.
question-closed-ok = Question closed.
question-withdraw-taken = A mentor is working on it. When it is solved, press "Solved".
question-withdraw = Withdraw question #{ $id }
question-withdrawn = Question #{ $id } withdrawn.
question-not-closed = Only a closed question can be rated.
question-already-rated = You have already rated this question.
question-rated-mentor = { $header }: { $name } rated your help { $rating } of 5.
question-rated-ask-thanks = Thank you for the rating { $rating } of 5! Would you like to add a few words of thanks for the mentor? Write them or press "No words".
question-no-thanks = No words
question-thanks-mentor = { $header }: { $name } thanks you:
    { $thanks }
question-thanks-sent = Your thanks are passed on.
question-thanks-skipped = Fine. Thank you for using mentoring!
question-closed-no-relay = Question #{ $id } is closed; the message was not relayed. A new question: /ask
question-pick-which = You have several open questions. Which one is this message for? (You can also reply to a relayed message with "Reply".)
question-focus-set = Your messages now go to: { $header }.
question-file-too-big = The file is too big: { $mb } MB at most.
question-empty = The question is empty. Write some text or send a photo, a document or a voice message.
question-relayed = { $header } · { $name }:
    { $text }
question-other-unreachable = Cannot deliver the message: { $name } is unreachable in the messengers now.
question-released-reason = { $reason ->
    [handed_over] handed the question over
    [deactivated] no longer takes part in the programme
   *[unreachable] is unreachable in the messengers
}
question-released-asker = { $header }: { $name } { question-released-reason }. I am looking for another mentor — the question will not be lost.
question-released-note = Reason: { $note }
question-handed-to-you = { $name } hands this question over to you. Reason: { $note }
question-hand-over-to = { $header }: hand the question over to whom?
question-hand-to-queue = Back to the queue
question-hand-over-reason = Write the reason in a few words — the asker will see it.
question-handed-over = { $header }: handed over. Thank you!
question-ask-text = Write your question. You can send a photo, a document or a voice message (its caption becomes the question's text).
question-ask-topic = Which topic is the question about? (page { $page } of { $pages })
question-ask-topic-chosen = Topic: { $topic }
question-ask-send = Topic: "{ $topic }". Send the question to mentors?
question-send = Send
question-send-urgent = ❗ Urgent
question-sent-ack = Question sent
question-sent = Question #{ $id } was sent to { $count ->
        [one] { $count } mentor
       *[other] { $count } mentors
    }. As soon as someone takes it, I will tell you. Your questions: /my_questions
question-queued = Question #{ $id } accepted. It is outside every mentor's hours in this topic now — I will offer it { $when }, when the first one's hours begin.
question-pause-how = Write until which day to pause, e.g. /pause 15.01 or /pause 15.01.2027 9:00
question-pause-status = You are on pause until { $until }. To end it earlier: /resume
question-pause-unparsed = I did not understand the date. For example: /pause 15.01 or /pause 15.01.2027 9:00
question-pause-impossible = There is no such date. Check the day and month.
question-pause-past = That date has passed.
question-paused = Paused until { $until }: no questions will be offered to you. To end it earlier: /resume
question-not-paused = You are not on pause.
question-resumed = Pause ended: I will offer you questions again.
question-mine-none = You have no questions yet. Ask one: /ask
question-mine-asked = Your questions:
question-mine-line = • { $header } ({ $date }) — { question-status }{ $mentor ->
        [none] {""}
       *[other] , mentor: { $mentor }
    }{ $rating ->
        [0] {""}
       *[other] , rated { $rating }
    }
question-mine-held = You are helping with:
question-mine-held-line = • { $header } — asked by { $name }
question-overview-open = Open questions: { $count }
question-overview-line = • { $header } — { question-status }; asked by { $asker }{ $mentor ->
        [none] {""}
       *[other] , mentor { $mentor }
    }; since { $since }
question-overview-mentors = Mentors ({ $count }): taken · median to take, min · to first answer, min · average rating
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating }
question-overview-gaps = Topics where no mentor was found at all:
question-overview-gap = • { $topic }: { $count }
question-settings = Question settings:
    wave — mentors in one wave: { $waveSize }
    timeout — wave timeout, min: { $waveTimeoutMinutes }
    urgent — wave timeout for urgent ones, min: { $urgentWaveTimeoutMinutes }
    waves — waves before the curator: { $maxWaves }
    cap — open questions per mentor: { $openQuestionCap }
    nudge — nudge after silence of, days: { $idleNudgeDays }
    close — close after silence of, days: { $idleCloseDays }
    Change: /question_settings timeout 30
question-settings-usage = Like this: /question_settings NAME NUMBER, e.g. /question_settings wave 3. Names: wave, timeout, urgent, waves, cap, nudge, close.
question-settings-out-of-range = That value is not allowed: check the number.
question-settings-saved = Saved.

question-report-sheet = Questions
question-report-col-mentor = Mentor
question-report-col-taken = Questions taken
question-report-col-take = Median to take, min
question-report-col-answer = Median to first answer, min
question-report-col-rating = Average rating
question-report-totals = Questions asked: { $asked }, solved: { $closed }, passed to the curator: { $escalated }, average rating: { $rating }
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
