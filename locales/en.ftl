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
# topic picker (issue 17): a topic typed instead of paging
topic-picker-found = { $count ->
        [one] { $count } topic matches “{ $query }” — it comes first.
       *[other] { $count } topics match “{ $query }” — they come first.
    }
topic-picker-none = No topic matches “{ $query }” — pick one from the list or type it differently.
topic-picker-hint = No need to page through: type the topic, e.g. “parents”.
# end of topic picker
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
cancel-done = Cancelled: { $what }.
cancel-onboarding = Registration can't be cancelled halfway, but you can answer later — I'll wait.
cancel-nothing = There is nothing to cancel.

# dates, zones, numbers and messengers as people say them (issue 16): src/core/kernel/dates/spoken.ts
when-day = { $day ->
    [today] today
    [tomorrow] tomorrow
    [yesterday] yesterday
    [week] on { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }, { $date }
   *[date] on { $date }
}
when-at = { when-day } at { $time }
zone-in-words = { $zone ->
    [kaliningrad] Kaliningrad time
    [moscow] Moscow time
    [volgograd] Volgograd time
    [samara] Samara time
    [ulyanovsk] Ulyanovsk time
    [saratov] Saratov time
    [astrakhan] Astrakhan time
    [yekaterinburg] Yekaterinburg time
    [omsk] Omsk time
    [novosibirsk] Novosibirsk time
    [barnaul] Barnaul time
    [tomsk] Tomsk time
    [novokuznetsk] Novokuznetsk time
    [krasnoyarsk] Krasnoyarsk time
    [irkutsk] Irkutsk time
    [chita] Chita time
    [yakutsk] Yakutsk time
    [vladivostok] Vladivostok time
    [sakhalin] Sakhalin time
    [magadan] Magadan time
    [kamchatka] Kamchatka time
    [anadyr] Anadyr time
    [minsk] Minsk time
    [utc] UTC
   *[other] ({ $offset })
}
platform-name = { $platform ->
    [telegram] Telegram
    [vk] VK
    [max] MAX
    [local] this chat
   *[other] another messenger
}
platform-in = { $platform ->
    [telegram] in Telegram
    [vk] in VK
    [max] in MAX
    [local] in this chat
   *[other] in another messenger
}
# end of dates as people say them

# Dialogs: what a person is doing, set aside and taken up again
dialog-resume-offer = You haven't finished: { $what }. Shall we go on?
dialog-resume = ▶️ Go on
dialog-drop = ✖ Not now
dialog-resumed = Going on: { $what }. Answer the last question above — or /cancel if you changed your mind.
dialog-replaced = What you set aside earlier ({ $what }) is closed: only one thing can wait at a time.
dialog-outdated = After the bot was updated, what you had not finished ({ $what }) had to be closed. Please start it again.
dialog-title-unknown = an unfinished action
dialog-title-onboarding = registration
dialog-title-profile = your profile
dialog-title-invite = the invitation
dialog-title-import = the staff list upload
dialog-title-find = the search for a colleague
dialog-title-question-ask = the new question
dialog-title-question-thanks = thanks to the mentor
dialog-title-question-handover = handing the question over
dialog-title-question-pick = choosing a question
dialog-title-question-after-close = a new question after a closed one
dialog-title-people-write = a message to a colleague
dialog-title-session-new = the new session
dialog-title-session-move = moving the session
dialog-title-session-message = the message to the session's participants
dialog-title-session-feedback = the session feedback
dialog-title-programme-new = the new programme
dialog-title-plan-item = the new plan item
dialog-title-plan-report = the plan item report
dialog-title-plan-return = sending the item back
dialog-title-plan-move = moving the deadline
dialog-title-programme-quit = leaving the programme
dialog-title-programme-extend = extending the programme
dialog-title-programme-agreement = agreeing the plan
dialog-title-broadcast = the announcement
dialog-title-survey = your survey answers
dialog-title-survey-new = the new survey
dialog-title-labour-pay = the mentor's pay basis
dialog-title-calendar-holiday = entering the school holidays
# inbound limits (issue 14): what one sender may cost, told once
limits-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
limits-slow-down = You are sending messages very fast. I will skip whatever arrives in the next minute; send what you need again a little later.
limits-stranger-quota = You are not in the programme yet, so I answer at most { $count ->
    [one] once
   *[other] { $count } times
} an hour. Ask your curator for an invitation and send its code: /start CODE
codes-cooldown = Too many wrong codes in a row. I will not check codes from this account for another { limits-minutes }.
# end of inbound limits
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
profile-ask-timezone = Your time zone? Pick one below. Otherwise I will count your hours in { $zone }, as the organisation does.
profile-none = —
profile-bad-name = Please write your full name in letters, 2 to { $max } characters.
profile-bad-position = A position is 2 to { $max } characters.
profile-bad-hours = I didn't get the hours. Write them like 9-18 or 08:30-17:00 (start before end).
profile-bad-timezone = I don't know that time zone. Please pick one below.
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
    Contact hours: { $hours }, { $zone }
    Referred to as: { $gender ->
        [female] she
        [male] he
       *[other] they
    }
    Language: { $language }
    Messengers: { $platforms }
profile-edit-name = Name
profile-edit-position = Position
profile-edit-offers = I help with…
profile-edit-wants = I want help with…
profile-edit-days = Contact days
profile-edit-hours = Contact hours
profile-edit-timezone = Time zone
# gender asked once, when the patronymic does not say it (issue 16)
profile-ask-gender = How should my messages refer to you: "she" or "he"? You can change it in your profile (/profile).
profile-gender-option = { $gender ->
    [female] She
    [male] He
   *[other] They (do not say)
}
profile-edit-gender = She / he
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
find-entry = • { $name }{ $position ->
    [none] {""}
   *[other] , { $position }
}{ $topics ->
    [none] {""}
   *[other] {" "}— helps with: { $topics }
}
# directory: write to a colleague (issue 17)
directory-write = ✉️ { $name }
directory-write-text = Write your message for { $name } (up to { $max } characters) — I will pass it on with your name.
directory-write-empty = The message is empty. Write some text — or /cancel if you changed your mind.
directory-write-too-long = Too long: up to { $max } characters.
directory-write-self = That is you.
directory-person-gone = This colleague no longer takes part in mentoring.
directory-person-unreachable = { $name } does not get the bot's messages now.
directory-message = ✉️ A message from your colleague { $name } ({ $position }):
    { $text }
directory-answer = ↩ Reply
directory-message-sent = Passed on to { $name }.
directory-message-later = I will pass it on to { $name } { $when }, in working hours.
# end of directory: write to a colleague
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
    Invitation created: { $role }, up to { $max } people; it expires { $expires }.
    Telegram link: { $link }
    VK link: { $vk }
    MAX link: { $maxLink }
    Code for other messengers (send it to the bot): /start { $code }
invite-no-vk-link = the link appears once the bot is connected to VK
# MAX adapter
invite-no-max-link = the link appears once the bot is connected to MAX
invites-none = No active invitations. Create one: /invite
invites-entry = { $role }: code { $code }, used { $uses } of { $max }, expires { $expires }. { $link }
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
# people: a role change confirmed, the person told (issue 17)
people-role-confirm = { $on ->
        [yes] Make { $name } a { $role ->
            [curator] curator
            [mentor] mentor
            [mentee] mentee
           *[staff] staff member
        }?
       *[no] Take the { $role ->
            [curator] curator
            [mentor] mentor
            [mentee] mentee
           *[staff] staff
        } role from { $name }?
    } They will get a message about it.
people-role-yes = Yes
people-role-no = No, keep it
people-role-kept = Roles unchanged.
people-role-unchanged = The role is already so — nothing to change.
people-role-given-curator = { $by } makes you a curator. You now have announcements, surveys, the report, unanswered questions (/questions), sessions, programmes and staff (/people). All of it is in the menu.
people-role-given-mentor = { $by } makes you a mentor. You will be offered questions in your topics (check them in /profile), and you can run sessions (/session_new). On leave or sick — /pause.
people-role-given-mentee = { $by } marks you as a mentee. Ask mentors questions (/ask), sign up for sessions (/sessions) and see your plan (/plan).
people-role-given-staff = { $by } marks you as staff: you get announcements and surveys, and the directory (/find) shows who can help.
people-role-taken = { $by } takes the { $role ->
        [curator] curator
        [mentor] mentor
        [mentee] mentee
       *[staff] staff
    } role from you. If this is a mistake, write to the curator.
# end of people: role change
people-not-yourself = You cannot deactivate yourself.
people-already-deactivated = This account is already deactivated.
people-not-deactivated = This account is active already.
people-deactivated = { $name } is deactivated. The history stays; { $personGender ->
    [female] bring her back from the card.
    [male] bring him back from the card.
   *[other] bring them back from the card.
}
people-reactivated = { $name } is back in the programme.
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
}, rejected: { $rejected }. Personal invitations are valid for { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
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
privacy-forgotten-name = a former member
# end of people


## questions

question-cmd-ask = ask mentors a question
question-cmd-mine = my questions and their state
question-cmd-pause = pause: offer me no questions until a date (vacation, sick leave)
question-cmd-resume = offer me questions again
question-cmd-overview = open questions, escalations and mentors' figures
question-cmd-settings = question routing settings
question-menu-ask = ❓ Ask a question
question-menu-mine = 📂 My questions
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
    Asked by { $name }{ $position ->
        [none] {""}
       *[other] , { $position }
    }

    { $text }
question-take = ✋ Take
question-decline = Can't
question-solved = ✅ Solved
question-hand-over = ↪ Hand over
question-assign-to = Assign: { $name }
question-escalation = ⚠️ { $header }
    { $reason ->
        [no_candidates] There is no available mentor in this topic.
        [declined] Every mentor offered the question declined.
       *[no_answer] Nobody took the question in time.
    }
    Asked by { $name }{ $position ->
        [none] {""}
       *[other] , { $position }
    }

    { $text }

    { $mentors ->
        [0] No colleague is free today: take the question yourself or assign it later in /questions.
       *[other] Assign a colleague who is at work today, or take the question yourself.
    }
question-asker-escalated = { $header }: { $reason ->
        [no_candidates] there is no free mentor in this topic right now.
        [declined] the mentors I offered it to cannot help right now.
       *[no_answer] no mentor has taken the question yet.
    } I passed it to the curator — it will not be lost.
question-escalation-settled = { $header }: taken by { $name }.
question-offer-taken-by = { $header }: already taken by { $name }. Thank you!
question-offer-yours = { $header }: the question is yours.
question-offer-declined = { $header }: you declined. { $where ->
        [others] The question is offered to other mentors.
        [later] I will offer it to other mentors in their contact hours.
        [curator] There are no other mentors in this topic, so the question went to the curator.
       *[gone] Thank you for answering.
    }
question-offer-withdrawn = { $header }: the question was withdrawn.
question-taken-mentor = You took the question. { $header }
    { $name } asks:

    { $text }

    Write your answer right here — I will relay it. Photos, documents and voice messages work too.
question-assigned-mentor = Curator { $curator } gave you a question. { $header }
    { $name } asks:

    { $text }

    Write your answer right here — I will relay it.
question-taken-asker = { $header }: { $name }{ $position ->
    [none] {""}
   *[other] , { $position },
} took your question. Write here: I will relay your messages and bring the answers.
question-own = This is your own question — you cannot take it.
question-already-yours = This question is already yours.
question-already-taken = { $name } has already taken the question.
question-gone = This question is already closed or withdrawn.
question-offer-ended = This offer is no longer valid.
question-you-declined = You have already declined this question.
question-you-paused = You are on pause. Send /resume to take questions.
question-take-ok = It's yours!
question-decline-ok = Fine, thank you for answering.
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
    [unreachable] — the bot can no longer reach the other side
   *[left] — the other side no longer takes part
}
question-closed-asker = { $header }
    The question is closed { question-closed-by }.{ $rated ->
        [yes] {""}
       *[no] {" "}Please rate the help from 1 to 5.
    }
    If it is not solved, you can reopen it within three days.
question-closed-mentor = { $header }
    The question is closed { question-closed-by }. Thank you for helping!
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
question-other-unreachable = Cannot deliver the message: { $name } no longer receives the bot's messages.
question-released-reason = { $reason ->
    [handed_over] is handing the question to another mentor
    [deactivated] no longer takes part in the programme
   *[unreachable] no longer receives the bot's messages
}
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
question-queued = Question #{ $id } accepted. The mentors in this topic are off hours now: I will offer it to them { $when }, when their contact hours begin.
question-pause-how = Write until which day to pause, e.g. /pause 15.01 or /pause 15.01.2027 9:00
question-pause-status = You are on pause: I will offer you questions again { $until }. To end it earlier: /resume
question-pause-unparsed = I did not understand the date. For example: /pause 15.01 or /pause 15.01.2027 9:00
question-pause-impossible = There is no such date. Check the day and month.
question-pause-past = That date has passed.
question-paused = Paused: I will offer you questions again { $until }. To end it earlier: /resume
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
    }; came in { $since }
question-overview-mentors = Mentors ({ $count }): taken · median to take, min · to first answer, min · average rating
question-overview-mentor = • { $name }: { $taken } · { $take } · { $answer } · { $rating ->
    [none] no ratings
   *[other] { $rating }
}
question-overview-more = …and { $count } more — every mentor is in the year report: /report
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
# questions: reopening, undo, a new question after a close, the curator's hand (issue 17)
question-undo-close = ↩ Undo
question-reopen = 🔄 Reopen
question-already-open = The question is open already — write and I will pass it on.
question-undo-too-late = Closing can only be undone within the first minute. The asker can still reopen the question.
question-reopen-too-late = Question #{ $id } closed more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago and cannot be reopened. Ask a new question: /ask
question-reopen-mentor-gone = The mentor of question #{ $id } has left, so it cannot be reopened. Ask a new question: /ask
question-reopened-note = { $header }: the question is open again.
question-reopened = { $how ->
        [undone] Closing undone.
       *[reopened] The question is open again.
    } { $header }: write and I will pass it on.
question-reopened-other = { $header }: { $name } { $how ->
        [undone] undid the closing
       *[reopened] reopened the question
    }. The conversation goes on.
question-after-close = Your question #{ $id } is closed. Ask a new question with this text?{ $reopen ->
        [yes] {" "}Or reopen question #{ $id }.
       *[no] {""}
    }
question-after-close-ask = ❓ Ask a new question
question-take-myself = ✋ Take it myself
question-assign-pick = { $header }: { $count ->
        [0] no colleague is free today. You can take the question yourself.
       *[other] who should take it? These colleagues are at work today; those who know the topic come first.
    }
question-mentor-declined = { $name } has already declined this question — choose another colleague.
question-mentor-not-today = { $name } is off today or done for the day — choose another colleague: /questions
question-remind = 🔔 Remind the mentor
question-remind-not-taken = Only a question someone has taken can be reminded of.
question-remind-mentor = { $header }: a reminder from the curator — { $name } is waiting for your answer.
question-remind-sent = { $header }: a reminder to { $name } is on its way (it arrives in working hours).
question-silent-curator = { $header }: { $mentor } took the question ({ $since }) but has not written a word to { $asker } in a working day.
question-overview-take = #{ $id } · Take
question-overview-assign = #{ $id } · Assign
question-overview-remind = #{ $id } · Remind
question-ask-person = ❓ Ask: { $name }
question-ask-person-text = Write your question for { $name }. A photo, a document or a voice message is fine too. { $name } sees it first; if there is no answer in time, other mentors get it.
question-person-cannot-be-asked = This colleague cannot be asked directly now. Ask all the mentors: /ask
question-asked-of-you = { $name } asks you personally (from the directory).
question-sent-to = Question #{ $id } sent to { $name }. If there is no answer, I will offer it to other mentors.
# end of questions: reopening and the curator's hand

question-report-sheet = Questions
question-report-col-mentor = Mentor
question-report-col-taken = Questions taken
question-report-col-take = Median to take, min
question-report-col-answer = Median to first answer, min
question-report-col-rating = Average rating
question-report-totals = Questions asked: { $asked }, solved: { $closed }, passed to the curator: { $escalated }. { $rating ->
    [none] No ratings yet.
   *[other] Average rating: { $rating }.
}
# end of questions


## sessions

session-cmd-new = create a speed-mentoring session
session-cmd-list = upcoming sessions with free seats
session-cmd-mine = my sessions
session-menu = 🗓 Sessions
session-organiser-unknown = —
session-place-online = Online: { $place }
session-place-room = Where: { $place }
session-card = 🗓 { $title }{ $topic ->
        [none] {""}
       *[other] {"\u000A"}Topic: { $topic }
    }
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
session-remind-day = ⏰ Reminder: the session is on { $when }.
session-when-long = { $date } at { $time }
session-remind-hour = ⏰ The session starts soon, at { $time }.
session-feedback-ask = How was “{ $title }”? Rate it from 1 to 5.
session-attendance-ask = “{ $title }” is over. Mark who did not come: press a name to switch ✅/❌.
session-title-bad = Please type the title as text, at most { $max } characters.
session-when-past = That time has passed. Type a date and time in the future.
session-when-unparsed = I did not understand the date. Try for example “25.12 15:00”, “tomorrow at 15:30” or “friday 16:00”.
session-when-impossible = There is no such date (31.02, for example). Check the day and month.
session-when-no-time = Please add the time too, e.g. “25.12 15:00”.
session-when-confirm = The session is { $when }. Correct?
session-when-assumed = You gave no date, so I took the next such time: { $when }. Correct?
session-yes = Yes, correct
session-when-other = Another time
session-seats-bad = Seats must be a whole number from 1 to { $max }.
session-duration-bad = A session lasts from 5 minutes to 10 hours.
session-place-bad = Type the place (a room or hall) as text, at most 300 characters.
session-link-bad = That does not look like a link. Send the whole link, starting with https://
session-announce = 📣 A new speed-mentoring session. Sign up!
session-cancelled-notice = ❌ “{ $title }” { $when } is cancelled. Your place is released.
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
    Description: { $description }
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
session-full-mark = waiting list
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
session-feedback-summary = { $count ->
    [one] { $count } rating
   *[other] { $count } ratings
}, average { $average }. What participants will try in their work:
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
session-feedback-absent = The host marked you as absent from this session, so it cannot be rated. If that is a mistake, write to the host.
session-rated-ack = Thank you for rating: { $rating }
session-feedback-takeaway = What from this session will you try in your work? Write a line or two (or /cancel to skip).
session-feedback-thanks = Thank you! The host and the curator will see your feedback.
session-not-over = Attendance is marked after the session ends.
session-attendance-saved = Saved
session-report-sheet = Speed mentoring
session-report-summary = Sessions: { $held }, participants: { $people }, distinct host–participant pairs: { $pairs }. { $average ->
    [none] No ratings yet.
   *[other] Average rating: { $average }.
}
session-report-repeated = Pairs that met more than once: { $count }.
session-report-cancelled = cancelled
session-report-held = held
session-report-upcoming = upcoming
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
session-form-guest = Type the host's name: a colleague or an invited specialist (up to { $max } characters).
session-guest-bad = The host's name, as text, at most { $max } characters.
# sessions: the host from the directory, an editable summary (issue 17)
session-host-colleague = A colleague from school
session-host-guest = A guest from outside
session-form-host-name = Type the surname or name of the colleague who will lead it, e.g. “Sokolova”.
session-host-none = No colleague matches “{ $name }”. Try another spelling — or, if the host is not from the school, choose “A guest from outside”.
session-host-matches = { $count ->
        [one] { $count } colleague found — press if it is them:
       *[other] { $count } colleagues found — choose the host:
    }
session-host-left = This colleague no longer works at the school — choose another host.
session-host-invited = { $name } asks you to lead a session. As its host you see who signed up and can message them, move or cancel it.
session-host-unreachable-now = { $name } does not get the bot's messages now — tell them about the session yourself.
session-clash-host = ⚠️ The host ({ $name }) already has a session “{ $title }” at that time ({ $when }).
session-host-off-hours = ⚠️ { $self ->
        [yes] This time is outside your working hours ({ $from }–{ $to }).
       *[no] This time is outside the host's working hours ({ $name }: { $from }–{ $to }). Agree with them first.
    }
session-edit-title = ✏️ Title
session-edit-description = ✏️ Description
session-edit-host = ✏️ Host
session-edit-when = ✏️ Time
session-edit-duration = ✏️ Duration
session-edit-place = ✏️ Place
session-edit-seats = ✏️ Seats
session-edit-audience = ✏️ Who is invited
# end of sessions: host and summary
session-message = ✉️ Message participants
session-move = Move
session-move-when = “{ $title }” now takes place { $when }. Type the new date and time.
session-move-yes = Yes, move it
session-moved-seat = 🔁 The session has moved: it was { $from }, now it is { $to }. Can you come at the new time? If not, cancel your place so the next person gets it.
session-moved-waiting = 🔁 “{ $title }”, whose waiting list you are on, has moved: it now takes place { $to }.
session-moved-done = “{ $title }” has moved: it now takes place { $when }. Everyone signed up is told; reminders follow the new time.
session-coming = I'll come
session-coming-ack = Great, see you there
session-coming-done = Noted: you will come { $when }.
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

programmes-cmd-plan = my mentoring plan
programmes-cmd-programmes = all pairs and groups with progress
programmes-cmd-new = form a pair or a group
programmes-menu-plan = 🧭 My plan
programmes-menu-programmes = 🎓 Programmes
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
programmes-item-line = { $icon } { $n }. { $title } — due { $date } ({ $responsible })
programmes-item-remark = ↩ mentor's remark: { $remark }
# programmes: the icons explained, the buttons named (issue 17)
programmes-legend = { $done_on_time } done on time · { $done_late } done late · { $awaiting } awaiting the mentor's review · { $overdue } overdue · { $upcoming } upcoming
programmes-button-move-item = 🗓 Move the date of item { $n }
# end of programmes: icons
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
programmes-new-mentees-done = Next ▶ ({ $count } chosen)
programmes-new-mentees-page = Page { $page } of { $pages }.
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
programmes-person-not-active = This person is not in the programme now: pick someone else.
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
programmes-reported-to-mentor = { $name } marked done: "{ $title }" (due { $date }).{ $comment ->
    [none] {""}
   *[other] {"\u000A"}Comment: { $comment }
}
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
programmes-remind-curator = { $mentor ->
    [none] { $mentees } (no mentor)
   *[other] Pair { $mentor } → { $mentees }
}: "{ $title }" is long overdue (due { $date })
programmes-remind-more = …and { $count } more
programmes-remind-footer = The whole plan: /plan
programmes-digest-title = Weekly summary: overdue events in { $count ->
    [one] { $count } programme
   *[other] { $count } programmes
}
programmes-digest-line = #{ $id } { $mentor ->
    [none] { $mentees } (no mentor)
   *[other] { $mentor } → { $mentees }
}: { $overdue } overdue
programmes-end-confirm = End programme #{ $id }? If it is running, the members are given notice and it ends in three working days (Labour Code art. 351.8); if it still waits for consent, at once.
programmes-you-ended = Programme #{ $id } is ended.
programmes-ended = Programme #{ $id } has ended: { $reason }.
programmes-end-curator = by the curator's decision
programmes-end-mentee-left = the mentee no longer takes part
programmes-end-member = on a member's initiative
programmes-mentor-deactivated = Programme #{ $id } has no mentor now: { $name } is no longer in the programme (mentees: { $mentees }). Please assign a new mentor.
programmes-other-mentor-asked = { $name } asks for another mentor in programme #{ $id } (now: { $mentor }).
programmes-other-mentor-sent = Your request went to the curator.
programmes-change-mentor-choose = The new mentor for programme #{ $id }:
programmes-mentor-changed = Programme #{ $id } now has { $name } as its mentor.
programmes-you-are-mentor = You are now the mentor of programme #{ $id } (mentees: { $mentees }).
programmes-new-mentor-for-you = Programme #{ $id } has a new mentor for you: { $name }.
programmes-mentor-replaced = Programme #{ $id } went to another mentor. Thank you for your work!
programmes-report-sheet = Mentoring programmes
programmes-report-summary = Programmes: { $programmes }; mentors: { $mentors }; mentees: { $mentees }; events done on time: { $onTime } of { $total }
programmes-report-columns = #|Kind|Mentor|Mentees|Start|End|Status|Events|On time|Late|Awaiting confirmation|Overdue|Ahead
programmes-audience = A mentoring pair or group
programmes-audience-choice = #{ $id } { $mentor } + { $count }
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
programmes-quit-ask = Why do you want to end programme #{ $id } early? Write the reason: the curator and the other member will see it. The programme ends three working days after your notice, unless you withdraw it.
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


## labour (the labour-law record: consent, notice of ending early, the mentors' record)

labour-cmd-consents = mentors' consents, extra pay, ending early (Labour Code art. 351.8)
labour-cmd-record = the mentors' record of work for a month or a school year
labour-consent-recorded = Your consent to mentoring in programme No. { $id } is recorded (Labour Code art. 351.8): from { $from } to { $to }, kind: { $kind }, form: { $form }. The school enters the extra pay; the curator prepares the written consent and the addendum.
labour-side-mentor = mentor
labour-side-mentee = mentee
labour-side-curator = curator
labour-notice-given-you = Notice of ending programme No. { $id } early went to every member and the curator. The programme ends on { $date } — in three working days — unless you withdraw the notice before.
labour-notice-given = { $name } ({ $side }) gives notice of ending programme No. { $id } early. It ends on { $date } — in three working days — unless the notice is withdrawn.
labour-notice-exists = Programme No. { $id } already has a notice of ending: it ends on { $date }.
labour-notice-withdrawn-you = Notice withdrawn: programme No. { $id } goes on.
labour-notice-withdrawn = { $name } withdrew the notice of ending programme No. { $id }: the programme goes on.
labour-notice-already-withdrawn = This notice has already been withdrawn.
labour-notice-ran-out = The notice ran out on { $date }: programme No. { $id } has ended and the notice can no longer be withdrawn. To go on, the curator can set up a new programme.
labour-button-withdraw = ↩️ Withdraw the notice
labour-calendar-provisional = ℹ️ The moved days off of { $year } are not yet set by decree: working days are counted from the Labour Code's holidays.
labour-consents-title = Mentors' consents for the { $from }/{ $to } school year (Labour Code art. 351.8):
labour-consents-empty = No mentoring programmes this school year yet.
labour-consents-programme = No. { $id } { $mentor } → { $mentees }
labour-consents-none = the mentor has not yet consented in the chat
labour-consents-given = consent { $date }: from { $from } to { $to }, form: { $form }
labour-consents-pay = extra pay: { $pay }
labour-consents-no-pay = extra pay not entered
labour-consents-notice = ⏳ notice of ending ({ $side }): ends on { $date }
labour-button-pay = 💰 Pay No. { $id } { $mentor }
labour-pay-ask = Write the basis and amount of the extra pay for { $mentor } in programme No. { $id }, e.g.: 15% of the salary, order No. 12 of 01.09.2026.
labour-pay-empty = Write the basis and amount of the extra pay.
labour-pay-long = Too long: at most { $max } characters.
labour-pay-saved = Extra pay for programme No. { $id } recorded: { $pay }. It goes into the consent and the addendum (/documents).
labour-no-consent = The mentor has not yet consented in the chat: enter the pay after that.
labour-record-title = The mentors' record of work — { $period }
labour-record-month = { $month }
labour-record-year = the { $from }/{ $to } school year
labour-record-empty = No mentoring work recorded for this period.
labour-record-line = • { $name }: questions answered — { $questions }, sessions run — { $sessions }, plan items confirmed — { $items }, { $rated ->
    [0] no ratings yet
   *[other] average rating — { $rating } (ratings: { $rated })
}
labour-record-hint = Another period: /mentor_record 2026-10 (a month) or /mentor_record 2026 (a school year).
labour-record-bad-period = Give a month as 2026-10 or a school year as 2026 (not in the future).
labour-record-sheet = Mentors' work
labour-record-summary = Mentors with recorded work: { $mentors }; questions answered: { $questions }; sessions: { $sessions }; plan items confirmed: { $items }
labour-record-columns = Mentor|Questions answered|Sessions run|Items confirmed|Average rating|Ratings
labour-consent-ask = Mentoring is done with your written consent (Labour Code art. 351.8). If you agree, press the button: your consent is recorded with the date, term and form of the programme.
labour-button-consent = ✍️ I consent

# end of labour


## calendar (working calendar and school holidays)

calendar-cmd = the working calendar and school holidays
calendar-title = 📅 Working calendar and school holidays
calendar-coverage-decree = { $year }: holidays and moved days off per the decree — { $source }.
calendar-coverage-provisional = { $year }: holidays per the Labour Code; the government's decree moving days off is not in yet, moves may change.
calendar-coverage-weekends = { $year }: no working-calendar data — every day but Saturday and Sunday counts as working.
calendar-school-holidays = School holidays:
calendar-no-school-holidays = No school holidays entered yet.
calendar-button-add = ➕ Add holidays
calendar-button-remove = 🗑 { $from } – { $to }
calendar-holiday-ask = Write the dates of the holidays and a name, e.g. 26.10 – 03.11 autumn holidays. Dates without a year belong to the { $from }/{ $to } school year.
calendar-holiday-unparsed = I could not read the dates. Write e.g.: 26.10 – 03.11 autumn holidays.
calendar-holiday-backwards = The holidays end before they start. Write the first day first, then the last.
calendar-holiday-outside = The holidays must lie within one school year, from { $from } to { $to }.
calendar-holiday-added = Holidays from { $from } to { $to } recorded.
calendar-holiday-removed = Holidays removed.
calendar-deadline-holiday = ⚠️ { $date } is a public holiday. The nearest working day before it is { $before }.
calendar-deadline-day-off = ⚠️ { $date } is a day off (moved). The nearest working day before it is { $before }.
calendar-deadline-weekend = ⚠️ { $date } is a weekend. The nearest working day before it is { $before }.
calendar-deadline-school-holidays = ℹ️ { $date } falls in the school holidays ({ $from } – { $to }).
calendar-year-not-covered = ℹ️ The bot has no working calendar for { $year }: that year's holidays are not counted, only weekends.

# end of calendar


## broadcasts

broadcast-cmd = announcement: send to staff
broadcast-cmd-list = past and scheduled announcements
broadcast-menu = 📢 Announcement
broadcast-header = 📢 Announcement
broadcast-reminder-head = 🔔 A reminder of the announcement of { $date }: please confirm you have read it.
broadcast-ack-button = ✅ I have read it
broadcast-ack-thanks = Thank you, noted.
broadcast-ack-already = You have already confirmed, thank you.
broadcast-ack-mark = ✅ You confirmed you have read it.
broadcast-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
broadcast-reminded = Reminder sent: { broadcast-people }. Those outside their contact hours will get it when their hours start.
broadcast-nobody-to-remind = Nobody to remind: everyone who has received the announcement has confirmed.
broadcast-no-ack = This announcement did not ask for confirmation.
broadcast-no-audience = First choose who it goes to.
broadcast-nobody = Nobody is in this group now. Choose another one.
broadcast-cannot-cancel = This announcement has already gone out or was cancelled: nothing to cancel.
broadcast-progress = 📤 Announcement #{ $id }: sent { $done } of { $total }{ $waiting ->
    [0] {""}
   *[other] , waiting for contact hours: { $waiting }
}.
broadcast-report-button = 📊 Report
broadcast-cancel-button = ✖ Cancel sending
broadcast-unnamed = unnamed
broadcast-and-more = and { $count } more
broadcast-report-title = 📊 Report on announcement #{ $id } ({ $status })
broadcast-status-draft = draft
broadcast-status-scheduled = scheduled
broadcast-status-sending = sending
broadcast-status-sent = sent
broadcast-status-cancelled = cancelled
broadcast-report-audience = To: { $audience }, recipients: { $total }
broadcast-report-delivered = ✅ Delivered: { $count }
broadcast-report-waiting = 🕒 Waiting for contact hours: { $count }
broadcast-report-queued = 📤 Queued to send: { $count }
broadcast-report-unreachable = 🚫 Unreachable: { $count } — { $names }
broadcast-report-unreachable-hint = How to reach them: ask these colleagues to write to the bot in Telegram or MAX (if they blocked it) or to allow community messages in VK; then the bot can write to them again. Or pass the announcement on in person.
broadcast-report-failed = ⚠️ Not delivered because of an error: { $count } — { $names }
broadcast-report-cancelled = ✖ Not sent (sending cancelled): { $count }
broadcast-refresh-button = 🔄 Refresh report
broadcast-report-acks = Confirmed: { $count } of { $total }
broadcast-report-not-acked = Not confirmed yet: { $names }
broadcast-remind-button = 🔔 Remind those who have not confirmed ({ $count })
# year (issue 15): a reminder about an event already over
broadcast-remind-past = The event in this announcement is already over ({ $date }). People probably need no reminder of it. To remind them anyway, press the button.
broadcast-remind-past-button = Remind anyway
broadcast-aud-all = 👥 Everyone
broadcast-aud-mentor = Mentors
broadcast-aud-mentee = Mentees
broadcast-aud-curator = Curators
broadcast-aud-topic = 🏷 By topic
broadcast-aud-position = 💼 By position
broadcast-aud-topic-named = topic “{ $topic }”
broadcast-aud-position-named = position “{ $position }”
broadcast-draft-exists = You already have an unsent draft announcement. Continue it or start again?
broadcast-draft-continue = Continue the draft
broadcast-draft-fresh = Start again
broadcast-ask-text = Send the text of the announcement (at most { $max } characters). You may attach a photo or a document, with the text as its caption. To cancel: /cancel
broadcast-file-kind = An announcement can carry a photo or a document. Voice messages, audio and video will not do.
broadcast-file-too-big = The file is too big: at most { $max } MB.
broadcast-file-taken = File attached. Now send the text of the announcement.
broadcast-file-taken-has-text = File attached.
broadcast-empty = The announcement text is empty. Send the text.
broadcast-too-long = The text is too long: { $length } characters, at most { $max } allowed. Shorten it or split it into two announcements.
broadcast-drop-button = 🗑 Delete draft
broadcast-ask-audience = Who should get the announcement?
broadcast-ask-topic = Choose a topic: those who help with it or want to learn it will get the announcement.
broadcast-no-positions = No positions are recorded yet. Choose another group.
broadcast-ask-position = Choose a position:
broadcast-source-empty = Nothing to choose from here yet. Choose another group.
broadcast-ask-choice = Choose:
broadcast-preview-title = 👀 This is how recipients will see it:
broadcast-preview-file = 📎 Attachment: { $name }
broadcast-file-photo = photo
broadcast-file-document = document
broadcast-preview-audience = To: { $audience } — { broadcast-people }
broadcast-preview-platforms = Where: { $platforms }
broadcast-platform-telegram = Telegram: { $count }
broadcast-platform-vk = VK: { $count }
# MAX adapter
broadcast-platform-max = MAX: { $count }
broadcast-platform-local = in this chat: { $count }
broadcast-platform-none = unreachable: { $count }
broadcast-preview-ack-on = I will ask to confirm it was read.
broadcast-preview-ack-off = No confirmation asked for.
broadcast-send-now = 📤 Send now
broadcast-send-later = 🕒 Schedule
broadcast-ack-on-button = Ask to confirm it was read
broadcast-ack-off-button = Do not ask for confirmation
broadcast-retext-button = ✏️ Change text
broadcast-reaudience-button = 👥 Change recipients
broadcast-dropped = Draft deleted.
broadcast-started = Sending has started: { broadcast-people }. Messages go out gradually, respecting everyone's contact hours.
broadcast-ask-when = When should it go out? For example: 25.12 15:00, tomorrow 9:00, Friday 16:00.
broadcast-when-unparsed = I did not understand the date. Write, for example: 25.12 15:00 or tomorrow 9:00.
broadcast-when-impossible = There is no such date or time. Check it and send again.
broadcast-when-past = That time has passed. Give a time in the future.
broadcast-scheduled = 🕒 The announcement goes out { $at }. Until then it can be changed or cancelled (/broadcasts).
broadcast-edit-button = ✏️ Change
broadcast-not-scheduled = This announcement is no longer scheduled: sending has started or it was cancelled.
broadcast-draft-busy = You have another draft. Send or delete it (/broadcast), then come back to this announcement.
broadcast-scheduled-nobody = Scheduled announcement #{ $id } was not sent: nobody was left in the chosen group by then.
broadcast-list-empty = No announcements yet. To create one: /broadcast
broadcast-list-title = 📢 Announcements (latest):
broadcast-list-item = #{ $id } · { $status } · { $at }
    { $audience }: “{ $preview }”
broadcast-edit-numbered = ✏️ #{ $id }
broadcast-report-numbered = 📊 #{ $id }
broadcast-cancel-numbered = ✖ #{ $id }
broadcast-cancelled-scheduled = Scheduled announcement #{ $id } cancelled.
broadcast-cancelled-sending = Sending #{ $id } stopped: { $count } will not be sent. What was delivered stays with the recipients.
broadcast-demo-text = Colleagues, on Thursday at 14:00 in the methodology room mentors and mentees meet to sum up the first term and plan the second. Please bring your individual plans.
broadcast-aud-people = 👤 Choose people
broadcast-aud-people-named = chosen people ({ $count })
broadcast-ask-people = Write the recipients' names separated by commas or one per line (part of a name will do; at most { $max }).
broadcast-too-many-people = Too many names: at most { $max }. For a large group choose a role, a topic or a position.
broadcast-people-unknown = Not found: { $names }
broadcast-people-ambiguous = Several people match, be more precise: { $names }
broadcast-people-none = Nobody chosen.
    { $problems }
    Send the names again.
broadcast-draft-gone = This draft no longer exists (it was sent, scheduled or deleted). A new announcement: /broadcast

# end of broadcasts


## surveys

surveys-cmd = surveys: answer, or see the results
surveys-cmd-new = new survey: write it here, take a template or send a file
surveys-invitation = 📋 Survey “{ $title }”: { $count ->
    [one] { $count } question
   *[other] { $count } questions
}; it closes { $until }.{ $anonymous ->
    [yes] {" "}The survey is anonymous: answers are not linked to your name.
   *[no] {" "}The survey is not anonymous: the curator will see your answers.
}
    You can stop and continue later: /surveys
surveys-reminder = Reminder: you have not finished the survey “{ $title }” ({ $count ->
    [one] { $count } question
   *[other] { $count } questions
}). It closes { $until }.{ $anonymous ->
    [yes] {" "}The survey is anonymous.
   *[no] {""}
}
surveys-start-button = Start / continue
surveys-none-open = No survey is waiting for your answers now.
surveys-open-list = { $count ->
    [one] { $count } survey is waiting for your answers:
   *[other] { $count } surveys are waiting for your answers:
}
surveys-open-item = { $title } (until { $until })
surveys-not-asked = This survey is not for you.
surveys-already-answered = You have already answered this survey. Thank you! It cannot be answered twice.
surveys-closed-already = This survey is closed; answers are no longer taken.
surveys-stale-question = This button belongs to another question. Answer the latest question above or open the survey again: /surveys
surveys-progress = Question { $n } of { $total } · { $title }
surveys-scale-ends = { $min } — { $minLabel }, { $max } — { $maxLabel }
surveys-yes = Yes
surveys-no = No
surveys-multi-done = Done
surveys-multi-hint = Tick every option that fits, then press “Done”.
surveys-text-hint = Write your answer as a message (at most { $max } characters).
surveys-text-given = Your earlier answer: { $text }
surveys-skip = Skip
surveys-back = ◀ Back
surveys-toggled = Ticked
surveys-saved = Answer saved
surveys-pick-one = Tick at least one option.
surveys-use-buttons = Please pick the answer with a button. The question again:
surveys-text-empty = The answer is empty. Please write it as text.
surveys-text-too-long = The answer is too long: { $length } characters, at most { $max } are allowed. Please shorten it.
surveys-thanks = Thank you! Your answers are saved.
surveys-thanks-anonymous = Thank you! Your answers are saved anonymously, apart from your name.
surveys-new-choose = Choose a survey template, or send a file describing the survey (JSON).
surveys-new-template-or-file = Choose a template with a button above, or send a JSON file describing the survey.
surveys-file-not-json = A file ending in .json is needed.
surveys-file-invalid = The survey file has errors; no survey was created:
surveys-file-problem = line { $line }: { $path } — { $message }
surveys-new-audience = Survey “{ $title }” ({ $count ->
    [one] { $count } question
   *[other] { $count } questions
}). Who is asked?
surveys-audience-mentee = Mentees
surveys-audience-mentor = Mentors
surveys-audience-pairs = Mentors and mentees
surveys-audience-staff = All staff
surveys-new-source-choice = Choose the group:
surveys-audience-empty = This audience has no active participant.
surveys-new-mode = Anonymous or named? In an anonymous survey answers are stored apart from people, and results for groups smaller than the minimum are not shown.
surveys-mode-anonymous = Anonymous
surveys-mode-named = Named
surveys-new-closes = The survey opens { $opens }. For how many days are answers taken? Choose a button or type the closing date, e.g. 25.12 18:00.
surveys-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
surveys-date-unparsed = I did not understand the date. Type e.g. 25.12 or 25.12.2026 18:00.
surveys-date-impossible = There is no such date. Check the day and the month.
surveys-date-past = The closing date must be more than an hour from now.
surveys-date-too-far = Too far: a survey may stay open at most half a year.
surveys-new-reminders = The survey closes { $until }. How many reminders for those who have not answered? They arrive within each person's contact hours.
surveys-launched = Survey “{ $title }” is launched (no. { $id }): { $count ->
    [one] { $count } person gets
   *[other] { $count } people get
} an invitation within their contact hours{ $later ->
    [yes] {" "}once it opens { $opens }
   *[no] {""}
}. It closes { $until }. Follow it: /surveys
surveys-manage-none = No surveys yet. Create one: /survey_new
surveys-card-open = 📋 No. { $id } “{ $title }” — open, closes { $until }{ $anonymous ->
    [yes] , anonymous
   *[no] , named
}
surveys-card-closed = 📋 No. { $id } “{ $title }” — closed { $until }{ $anonymous ->
    [yes] , anonymous
   *[no] , named
}
surveys-rate-total = Answered { $finished } of { $asked } ({ $percent }%)
surveys-rate-group = • { $group }: { $finished } of { $asked }
surveys-group-mentor = mentors
surveys-group-mentee = mentees
surveys-group-staff = staff
surveys-group-curator = curators
surveys-results-button = Results
surveys-export-button = Export
surveys-close-button = Close
surveys-live-on = Show results before closing
surveys-live-off = Hide results until closing
surveys-live-is-on = Results of “{ $title }” are now visible before closing.
surveys-live-is-off = Results of “{ $title }” will be visible after closing.
surveys-results-after-close = Survey “{ $title }” is still open: per-question results come after closing (or turn on showing them before). Response so far:
surveys-results-title = Results of “{ $title }”: { $count } responses counted.
surveys-results-hidden-groups = Groups with fewer than { $min } responses are not shown: { $groups }.
surveys-results-too-few = Fewer than { $min } responses: to keep answers anonymous, results are not shown.
surveys-results-none = No responses yet.
surveys-results-scale = mean { $mean }, median { $median }, answered { $answered }
surveys-results-more-texts = …and { $count } more answers in the export.
surveys-closed-now = Survey “{ $title }” is closed. Results: /surveys
surveys-closed-notice = Survey “{ $title }” is closed.
surveys-export-after-close = The export is available after the survey closes (or turn on showing results before).
surveys-export-empty = The survey has no responses — nothing to export.
surveys-export-too-few = Fewer than { $min } responses: to keep answers anonymous, no export is made.
surveys-export-started = Preparing the charts and files (XLSX and CSV); I will send them here when ready.
surveys-chart-caption = Charts for “{ $title }”
# year (issue 15): charts and the summary sheet say what they count
surveys-chart-footer = Survey “{ $survey }” · { $count } answered · { $date }
surveys-summary-dates = Open from { $from } to { $to }
surveys-summary-respondents = Respondents: { $count }
surveys-col-percent = % of respondents
surveys-xlsx-caption = Results of “{ $title }” ({ $count } responses), XLSX
surveys-csv-caption = The same responses as CSV
surveys-sheet-summary = Summary
surveys-sheet-responses = Responses
surveys-col-question = Question
surveys-col-option = Option
surveys-col-count = Count
surveys-col-mean = Mean
surveys-col-median = Median
surveys-col-group = Group
surveys-col-person = Participant
surveys-report-sheet = Surveys
surveys-report-line = “{ $title }”: { $finished } of { $asked } answered
surveys-report-none = No surveys this year.
surveys-report-col-survey = Survey
surveys-report-col-asked = Asked
surveys-report-col-finished = Answered
surveys-report-col-detail = Median / distribution
surveys-new-opens = When does the survey open? Now — with the button, or type a date, e.g. 01.12 09:00.
surveys-opens-now = Now
surveys-date-before-open = The survey can close no sooner than an hour after it opens.
surveys-not-open-yet = The survey is not open yet: it opens { $opens }.
surveys-card-later = 📋 No. { $id } “{ $title }” — opens { $opens }, closes { $until }{ $anonymous ->
    [yes] , anonymous
   *[no] , named
}
surveys-anonymous-no-live = Survey “{ $title }” is anonymous: its results are shown only after it closes. Showing them earlier would reveal what a person answered, by comparing the totals before and after they finish. Nothing was changed.
surveys-anonymous-results-after-close = Survey “{ $title }” is anonymous and still open: per-question results come after closing. Response so far:
surveys-anonymous-export-after-close = The survey is anonymous: the export is available after it closes.
surveys-report-after-close = results after closing

# surveys builder, menus and /help by job (issue 17, branch surveys)
help-group-questions = ❓ Questions
help-group-sessions = 🗓 Sessions
help-group-programmes = 🎓 Programmes
help-group-broadcasts = 📢 Announcements
help-group-surveys = 📋 Surveys and reports
help-group-people = 👥 People
help-group-general = ⚙️ General
help-group-privacy = 🔒 My data
surveys-menu = 📋 Surveys
reports-menu = 📊 Report
menu-run-session-new = ➕ New session
menu-run-programme-new = ➕ New pair or group
menu-run-invite = ➕ Invite
menu-run-import = 📥 Upload a list
question-menu-overview = 📥 All questions
surveys-builder-start = A new survey. Write it here, question by question, or take a template: its questions are shown before launch and can be changed. You can also send a file describing the survey (JSON).
surveys-builder-own = ✍️ Write my own
surveys-builder-ask-title = What is the survey called? Type its title (up to { $max } characters).
surveys-builder-ask-rename = The survey is now called “{ $title }”. Type a new title (up to { $max } characters).
surveys-builder-title-empty = The title is empty. Type it as a message.
surveys-builder-ask-question = Question { $n }: type its text (up to { $max } characters).
surveys-builder-ask-new-text = Question { $n } now reads: “{ $text }”. Type the new text or keep it.
surveys-builder-keep-text = Keep the text
surveys-builder-question-empty = The question is empty. Type it as a message.
surveys-builder-too-long = Too long: { $length } characters, at most { $max } allowed. Please shorten it.
surveys-builder-ask-kind = How is it answered?
surveys-builder-kind-scale = A rating on a scale
surveys-builder-kind-single = One option from a list
surveys-builder-kind-multi = Several options from a list
surveys-builder-kind-yesno = Yes or no
surveys-builder-kind-text = A free text answer
surveys-builder-keep-kind = Keep as it was
surveys-builder-ask-scale = Which scale?
surveys-builder-ask-legend = A scale from { $min } to { $max }. Label its ends with a slash, for example: strongly disagree / strongly agree. Or go without labels.
surveys-builder-no-legend = No labels
surveys-builder-legend-two = Two labels are needed, with a slash between: for the lowest rating and for the highest.
surveys-builder-ask-options = Type the answer options, one per line (from two to { $max }).
surveys-builder-options-few = At least two options are needed, one per line.
surveys-builder-options-many = Too many options: at most { $max }.
surveys-builder-options-repeat = Some options repeat. Keep each one once.
surveys-builder-too-many = The survey already has { $max } questions: no more fit. Few people read that many — better split it into two surveys.
surveys-builder-preview = Survey “{ $title }”: { $count ->
    [0] no questions yet
    [one] { $count } question
   *[other] { $count } questions
}. You can simply type the next question as a message.
surveys-builder-line-scale = a scale from { $min } to { $max }{ $legend ->
    [none] {""}
   *[other] : { $legend }
}
surveys-builder-line-single = one option: { $options }
surveys-builder-line-multi = several options: { $options }
surveys-builder-line-yesno = yes or no
surveys-builder-line-text = a text answer
surveys-builder-add = ➕ Add a question
surveys-builder-edit = ✏️ Change
surveys-builder-delete = 🗑 Delete
surveys-builder-rename = 🏷 Rename
surveys-builder-next = ➡️ Next: who is asked
surveys-builder-pick-edit = Which question to change? Tap its number or type it (1 to { $count }).
surveys-builder-pick-delete = Which question to delete? Tap its number or type it (1 to { $count }).
surveys-builder-pick-number = A question number from 1 to { $count } is needed.
surveys-builder-deleted = Question { $n } deleted.
surveys-builder-no-questions = The survey has no questions. Add at least one.
surveys-builder-opens-past = That time has passed. Type an opening date in the future or open the survey now.
surveys-builder-summary = Please check:
    • survey “{ $title }”, { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
    • who is asked: { $audience } — { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
    • { $anonymous ->
        [yes] anonymous: answers are stored without names
       *[no] with names
    }
    • opens { $opens }, closes { $until }
    • reminders to those who have not answered: { $reminders }
    Nobody gets anything until you tap “Launch”.
surveys-builder-launch = 🚀 Launch
surveys-builder-back-to-questions = ✏️ Back to the questions
surveys-builder-new-button = ➕ New survey
surveys-card-dates = from { $opens } to { $until }
surveys-report-line-numbered = No. { $id } “{ $title }” ({ $opens } – { $until }): { $finished } of { $asked } answered
surveys-manage-new = A new survey: the button below or /survey_new.
# end of the surveys builder block

# end of surveys


## reports

reports-cmd = year-end report for the school year (for the council)
reports-title = Mentoring in the { $from }/{ $to } school year — { $org }
reports-bad-year = Give the year the school year starts in, four digits, not after { $year }, e.g. /report { $year }
reports-file-caption = Year-end report for { $from }/{ $to } (XLSX)
reports-file-failed = The file could not be prepared. Please try again later.
reports-participants-sheet = Participants
reports-participants-line = Mentors: { $mentors }, mentees: { $mentees }
reports-col-role = Role
reports-col-count = People
reports-role-mentor = Mentors
reports-role-mentee = Mentees
reports-role-staff = Staff
reports-role-curator = Curators
# year (issue 15): the participants sheet by name
reports-col-person = Staff member
reports-col-roles = Takes part as
reports-col-position = Position
reports-one-mentor = mentor
reports-one-mentee = mentee
reports-left = no longer in the programme

reports-button-docx = 📄 Council report (DOCX)

# end of reports


## documents (documents for signing, DOCX)

documents-cmd = documents for signing: the order, programmes, consents, the analytical report
documents-menu = 📁 Documents for signing (DOCX). Choose what to prepare:
documents-menu-no-programmes = No mentoring programmes this school year yet: only the analytical report is available.
documents-menu-page = Programmes, page { $page } of { $pages }.
documents-button-order = 📜 Order assigning mentors
documents-button-report = 📊 Analytical report { $from }/{ $to }
documents-button-programme = 📄 No. { $id } { $mentor }
documents-button-consent = ✍️ Consent
documents-preparing = Preparing «{ $title }»; the file comes in a minute.
documents-no-programmes = No running programmes this school year: nobody to assign.
documents-no-mentor = This programme has no mentor now.
documents-plan-empty-note = Programme No. { $id } has no plan yet: the document says so.
documents-draft = DRAFT
documents-not-yet = not given
documents-form-individual = individual
documents-form-collective = collective (group)
documents-form-distance = distance
documents-field = Item
documents-value = Content
documents-field-mentor = Mentor
documents-field-mentees = Mentees
documents-field-kind = Kind of mentoring
documents-field-form = Form of mentoring
documents-field-term = Term
documents-field-status = State
documents-field-goals = Goals
documents-field-agreement = The pair's agreement
documents-field-content = Content of the work
documents-field-pay = Extra pay for mentoring
documents-field-agreed-in-chat = Consent confirmed in the chat
documents-sign-head = Head
documents-sign-mentor = Mentor { $name }
documents-sign-mentee = Mentee { $name }
documents-sign-curator = Curator
documents-sign-signature = Signature
documents-sign-date = Date
documents-sign-employer = Employer
documents-sign-employee = Employee { $name }
documents-order-title = Order assigning mentors for the { $from }/{ $to } school year
documents-order-heading = ORDER
documents-order-number = «___» ____________ 20___          No. ______
documents-order-subject = On assigning mentors
documents-order-preamble = Under article 351.8 of the Labour Code of the Russian Federation, the regulation on mentoring of the teaching staff of { $org } and the mentors' written consent
documents-order-command = I ORDER:
documents-order-point-assign = 1. To assign mentors to mentees for the { $from }/{ $to } school year:
documents-order-columns = No.|Mentor|Mentees|Kind of mentoring|Form|Term|Mentor's consent
documents-order-point-curator = 2. To appoint as curator of the personalised mentoring programmes: { $curator }.
documents-order-point-programmes = 3. Mentors and mentees are to carry out the events of the personalised programmes by their deadlines.
documents-order-point-control = 4. I keep the control of this order's execution.
documents-order-acquainted = Acquainted with the order:
documents-acquainted-columns = Name|Signature|Date
documents-programme-title = Personalised mentoring programme No. { $id }
documents-programme-heading = Personalised mentoring programme No. { $id }
documents-plan-heading = Plan of events
documents-plan-empty = The plan of events has not been drawn up yet.
documents-plan-columns = No.|Event|Deadline|Responsible|Done|Comment
documents-item-done_on_time = done on time ({ $date })
documents-item-done_late = done late ({ $date })
documents-item-awaiting = report awaiting the mentor
documents-item-overdue = not done, deadline passed
documents-item-upcoming = planned
documents-consent-title = Mentor's consent and addendum (programme No. { $id }, { $name })
documents-consent-heading = Consent to mentoring work
documents-consent-text = I, { $name } ({ $position }), consent to do mentoring work for { $org } on these terms (article 351.8 of the Labour Code of the Russian Federation):
documents-consent-content = personalised mentoring programme No. { $id } «{ $title }», kind: { $kind }
documents-consent-early-end = I know that I may give up the mentoring work early, and the employer may withdraw the instruction early, by telling the other side in writing at least three working days before.
documents-addendum-heading = Addendum No. ____ to the employment contract of «___» ________ 20___ No. ____
documents-addendum-parties = { $org } (the employer) and { $name }, { $position } (the employee), have agreed this addendum as follows.
documents-addendum-1 = 1. The employee, with their written consent, does mentoring work for: { $mentees }.
documents-addendum-2 = 2. Content of the work: { $content }.
documents-addendum-3 = 3. Term: from { $from } to { $to }.
documents-addendum-4 = 4. Form of mentoring: { $form }.
documents-addendum-5 = 5. Extra pay for the mentoring work: { $pay }.
documents-addendum-6 = 6. The employee may give up the mentoring work early, and the employer may withdraw the instruction early, by telling the other side in writing at least three working days before.
documents-addendum-7 = 7. Made in two copies; in force from signing; an integral part of the employment contract.
documents-report-title = Analytical report on mentoring for the { $from }/{ $to } school year
documents-report-heading = Analytical report on the mentoring system for the { $from }/{ $to } school year
documents-report-intro = Prepared for the final pedagogical council of { $org } from the data of the «Наставник» bot for the { $from }/{ $to } school year.
documents-report-more-rows = { $count ->
    [one] { $count } more row is in the XLSX workbook (/report).
   *[other] { $count } more rows are in the XLSX workbook (/report).
}
documents-report-conclusions = Conclusions
documents-report-proposals = Proposals for the next school year

# end of documents


## linking

linking-cmd = link your Telegram, VK and MAX accounts
linking-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
linking-code = Your link code: { $code }
    Open the bot in your other messenger (Telegram, VK or MAX) and send there:
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
linking-done-other = Your profile is now also available { $platform }.
linking-accounts = Where your profile is available:
linking-preferred-mark = (I write here first)
linking-choose = Where should I write to you first? Choose with a button.
linking-preferred-set = From now on I write to you first { $platform }.

# end of linking


## playground

playground-title = «Наставник» playground
playground-subtitle = Several people of a demo organisation talk to the bot side by side. It is all real: the same messages, buttons and reminders as in Telegram and VK.
playground-people = People
playground-open = Open chat
playground-close = Close chat
playground-clock = Demo time
playground-clock-ahead = ({ $hours } h ahead)
playground-clock-hour = +1 hour
playground-clock-day = +1 day
playground-clock-hint = Move the time forward to watch reminders and timeouts happen.
playground-language = Русский
playground-placeholder = Message
playground-send = Send
playground-attach = File
playground-attach-hint = Attach a file or a picture
playground-pressed = pressed “{ $label }”
playground-edited = edited
playground-download = Download
playground-empty = Nothing here yet. Send /help to see what the bot can do.
playground-you = You
playground-bot = Bot
playground-tabs = Open chats
playground-offline = Lost the connection to the playground server, reconnecting…
playground-no-people = There is nobody in the playground yet.
playground-role-admin = administrator
playground-role-curator = curator
playground-role-mentor = mentor
playground-role-mentee = mentee
playground-role-staff = staff
playground-error-unknown_person = There is no such person in the playground.
playground-error-unknown_message = This message is no longer available.
playground-error-too_long = The message is too long: at most 4096 characters.
playground-error-file_too_big = The file is too big: at most 5 MB.
playground-error-body_too_big = The file is too big: at most 5 MB.
playground-error-empty = An empty message cannot be sent.
playground-error-generic = That did not work: { $message }

# end of playground
