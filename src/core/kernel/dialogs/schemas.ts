import { z } from 'zod';
import { PLATFORMS } from '../../../messaging/types.js';

/** Pieces of dialog data several capabilities keep (see DialogHandler.schema). */

/** A file a person sent, kept in a dialog until it is used (a question's attachment, a draft's file). */
export const fileRefSchema = z.looseObject({
  platform: z.enum(PLATFORMS),
  fileId: z.string(),
  kind: z.enum(['photo', 'document', 'voice', 'audio', 'video']),
  name: z.string().optional(),
  mime: z.string().optional(),
  size: z.number().optional(),
});

/** A dialog about one object (a session, a programme, a plan item…), named by its id. */
export const aboutOne = <K extends string>(key: K) => z.looseObject({ [key]: z.number().int() } as { [P in K]: z.ZodNumber });
