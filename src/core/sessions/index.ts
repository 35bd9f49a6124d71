/** Speed mentoring for other capabilities, the playground and tests. */
export { createSession, announceSession, cancelSession, releasePerson, type NewSession } from './organising.js';
export { signUpPerson, leaveSession, type SignUpResult, type SessionCtx } from './sign-up.js';
export { moveSession, messageParticipants } from './rescheduling.js';
export { getSession, upcomingSessions, type Session } from './session.js';
export { sessionAudience } from './audience.js';
export { seedDemo } from './demo.js';
export { sessionsFeature } from './feature.js';
