-- Fair dispatch: when a chat's send finishes, the dispatcher asks for that chat's next due row
-- (the head of its queue); this index walks one chat's pending rows in id order.
CREATE INDEX outbox_chat_queue ON outbox(status, platform, chat_id, id);
