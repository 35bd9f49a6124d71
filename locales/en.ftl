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

session-cmd-new = create a speed-mentoring session
session-cmd-list = upcoming sessions with free seats
session-cmd-mine = my sessions
session-menu = 🗓 Sessions
session-organiser-unknown = —
session-place-online = Online: { $place }
session-place-room = Where: { $place }
session-card = 🗓 { $title }
    Topic: { $topic }
    When: { $when }, { session-minutes-inline }
    { $place }
    Host: { $host }
    Seats: { $taken } of { $seats } taken{ $waiting ->
        [0] {""}
       *[other] , waiting list: { $waiting }
    }
session-minutes-inline = { $duration } min
session-status-cancelled = ❌ This session is cancelled.
session-calendar-caption = A calendar file: open it to add the session to your calendar.
session-join = Sign up
session-leave = Cancel my place
session-not-found = There is no such session. Open a fresh list: /sessions
session-is-cancelled = This session is cancelled; signing up or changing a place is not possible.
session-started = The session has already started; sign-up is closed.
session-own = This is your session: you host it, no need to sign up.
session-already-seat = You already have a seat at this session.
session-already-waiting = You are already on this session's waiting list: number { $position }.
session-promoted = 🎉 A seat came free and it is yours: you are signed up. If you cannot come, cancel your place so the next person gets it.
session-remind-day = ⏰ Reminder: the session is tomorrow.
session-remind-hour = ⏰ The session starts in an hour.
session-feedback-ask = How was “{ $title }”? Rate it from 1 to 5.
session-attendance-ask = “{ $title }” is over. Mark who did not come: press a name to switch ✅/❌.
session-title-bad = Please type the title as text, at most { $max } characters.
session-when-past = That time has passed. Type a date and time in the future.
session-when-unparsed = I did not understand the date. Try for example “25.12 15:00”, “tomorrow at 15:30” or “friday 16:00”.
session-when-impossible = There is no such date (31.02, for example). Check the day and month.
session-when-no-time = Please add the time too, e.g. “25.12 15:00”.
session-when-confirm = The session is on { $when } ({ $zone } time). Correct?
session-when-assumed = You gave no date, so I took the next such time: { $when } ({ $zone }). Correct?
session-yes = Yes, correct
session-when-other = Another time
session-seats-bad = Seats must be a whole number from 1 to { $max }.
session-duration-bad = A session lasts from 5 minutes to 10 hours.
session-place-bad = Type the place (a room or hall) as text, at most 300 characters.
session-link-bad = That does not look like a link. Send the whole link, starting with https://
session-announce = 📣 A new speed-mentoring session. Sign up!
session-cancelled-notice = ❌ “{ $title }” on { $when } is cancelled. Your place is released.
session-over = The session is over; it cannot be cancelled.
session-form-topic = A new session. Choose the topic:
session-form-title = Topic: { $topic }. Type the session's title (up to { $max } characters).
session-form-when = When is it? Type the date and time, e.g. “25.12 15:00”, “tomorrow at 15:30”, “friday 16:00”.
session-form-duration = How long will it last?
session-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
session-form-place-kind = Where will it take place?
session-kind-room = 🏫 In person
session-kind-online = 💻 Online
session-form-room = Type the place: a room or a hall.
session-form-link = Send the meeting link (https://…).
session-form-seats = How many seats? Type a number from 1 to { $max }.
session-form-audience = Who should get the invitation?
session-audience-all = Everyone
session-audience-mentees = Mentees
session-audience-topic = People who want help in this topic
session-form-summary = Check the session:
    { $title }
    Topic: { $topic }
    When: { $when }, { $duration } min
    { $place }
    Host: { $host }
    Seats: { $seats }
    Invitation: { $audience }
session-clash = ⚠️ You already have “{ $title }” at this time ({ $when }). You may create this one too, but check you can make both.
session-create = Create
session-discard = Cancel
session-discarded = The session was not created.
session-created = ✅ The session is created. { $count ->
    [0] There is nobody to invite yet.
    [one] The invitation goes to { $count } person.
   *[other] The invitation goes to { $count } people.
}
session-people = 👥 Participants
session-cancel = Cancel the session
session-you-have-seat = ✅ You have a seat.
session-you-wait = ⏳ You are on the waiting list: number { $position }.
session-none-upcoming = No upcoming sessions yet.
session-free-mark = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
session-full-mark = full, waiting list
session-upcoming-title = Upcoming sessions ({ $count }). Choose one to see it and sign up:
session-mine-none = You are not signed up anywhere yet. Upcoming sessions: /sessions
session-mine-title = Your sessions (✅ seat, ⏳ waiting list, 🎤 hosting):
session-joined-ack = You are signed up
session-joined = ✅ You are signed up. I will remind you a day and an hour before.
session-waiting-ack = Full: you are on the waiting list (number { $position })
session-waiting = All seats of “{ $title }” are taken. You are on the waiting list: number { $position }. If a seat comes free, I will tell you at once.
session-not-joined = You are not signed up to this session.
session-left-ack = Place cancelled
session-left-seat = Your place at “{ $title }” is cancelled and passed on to the next person.
session-left-waiting = You left the waiting list of “{ $title }”.
session-people-title = Participants of “{ $title }”: { $taken } of { $seats }
session-people-waiting = Waiting list ({ $count }):
session-feedback-summary = Ratings: { $count }, average { $average }. What participants will try in their work:
session-cancel-confirm = Cancel “{ $title }”? { $count ->
    [0] Nobody has signed up yet.
    [one] I will tell the { $count } person signed up.
   *[other] I will tell all { $count } people signed up.
}
session-cancel-yes = Yes, cancel
session-cancel-no = No, keep it
session-cancelled-ack = Session cancelled
session-cancelled-done = “{ $title }” is cancelled; everyone signed up has been told.
session-feedback-not-yours = Only a session where you had a seat can be rated, and only once it has started.
session-rated-ack = Thank you for rating: { $rating }
session-feedback-takeaway = What from this session will you try in your work? Write a line or two (or /cancel to skip).
session-feedback-thanks = Thank you! The host and the curator will see your feedback.
session-not-over = Attendance is marked after the session ends.
session-attendance-saved = Saved
session-report-sheet = Speed mentoring
session-report-summary = Speed mentoring: { $held } sessions, { $people } participants, { $pairs } distinct host–participant pairs, average rating { $average }.
session-report-repeated = Pairs that met more than once: { $count }.
session-report-cancelled = cancelled
session-report-scheduled = held or upcoming
session-report-col-date = Date
session-report-col-title = Session
session-report-col-topic = Topic
session-report-col-host = Host
session-report-col-status = Status
session-report-col-seats = Seats
session-report-col-signed = Signed up
session-report-col-came = Came
session-report-col-rating = Rating
session-audience-label = Session participants
session-host-unreachable = ⚠️ { $name } no longer receives the bot's messages, but hosts sessions:
    { $sessions }
    Contact the host or cancel the sessions.
session-demo-title = Running a parents' meeting without conflicts
session-demo-place = Methodology room

session-form-description = Describe the session briefly: what it is about and whom it helps (up to { $max } characters). Or press “Skip”.
session-skip = Skip
session-description-bad = The description is too long: at most { $max } characters.
session-form-host = Who leads the session?
session-host-me = I do
session-host-other = A colleague or a guest
session-form-guest = Type the host's name: a colleague or an invited specialist (up to { $max } characters).
session-guest-bad = The host's name, as text, at most { $max } characters.
session-message = ✉️ Message participants
session-move = Move
session-move-when = “{ $title }” is now on { $when }. Type the new date and time.
session-move-yes = Yes, move it
session-moved-seat = 🔁 The session has moved: from { $from } to { $to }. Can you come at the new time? If not, cancel your place so the next person gets it.
session-moved-waiting = 🔁 “{ $title }”, whose waiting list you are on, has moved to { $to }.
session-moved-done = “{ $title }” is moved to { $when }. Everyone signed up is told; reminders follow the new time.
session-coming = I'll come
session-coming-ack = Great, see you there
session-coming-done = Noted: you will come on { $when }.
session-message-ask = Type a message for everyone signed up to “{ $title }” (up to { $max } characters). /cancel to not send.
session-message-header = ✉️ A message from the host of “{ $title }”:
session-message-sent = { $count ->
    [0] Nobody has signed up yet; the message went to no one.
    [one] The message went to { $count } participant.
   *[other] The message went to { $count } participants.
}

session-people-repeat = 🔁 — met this host at an earlier session: { $count }. Speed mentoring is meant to be one-off.
session-summary-intro = 📋 How the session went:
session-recent-note = ✔ — sessions of the last 30 days: participants and feedback.

session-audience-people = Chosen people
session-form-invitees = Type whom to invite: surnames or names separated by commas, e.g. “Ivanova, Petrov”.
session-invitees-found = We will invite: { $names }.
session-invitees-none = Nobody is chosen yet. Type surnames separated by commas.
session-invitee-unknown = “{ $name }” — nobody found.
session-invitee-ambiguous = “{ $name }” — { $count } people match; be more precise (name and surname).
session-invitees-done = Done, these are enough

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
