import { type FormEvent, useId, useState } from 'react';
import { Avatar, Button, TextArea } from '../../../ui';
import { exactTime, relativeTime } from '../formatTime';
import { useHandoff } from '../handoffContext';
import { useHandoffMutation } from '../useHandoffMutation';

/** Conversation about the package, oldest first, and a box to add to it. */
export function Comments() {
  const { detail, people, api } = useHandoff();
  const headingId = useId();
  const [body, setBody] = useState('');
  const mutation = useHandoffMutation();
  const comments = detail.comments
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    const ok = await mutation.run(() =>
      api.handoffs.comment({ handoffId: detail.handoff.id, body: body.trim() }),
    );
    if (ok) setBody('');
  };

  return (
    <section className="hp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        Comments
      </h3>
      {comments.length > 0 ? (
        <ol className="hf-comments">
          {comments.map((c) => {
            const author = people.find((p) => p.id === c.authorId);
            const name = author?.name ?? 'A former teammate';
            return (
              <li key={c.id} className="hf-comment">
                <Avatar name={name} initials={author?.initials} color={author?.color} size="sm" />
                <div>
                  <p className="hf-comment__meta">
                    <strong>{name}</strong>{' '}
                    <time dateTime={c.createdAt} title={exactTime(c.createdAt)}>
                      {relativeTime(c.createdAt)}
                    </time>
                  </p>
                  <p className="hf-comment__body">{c.body}</p>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <form className="hf-comment-form" onSubmit={(e) => void submit(e)}>
        <TextArea
          label="Add a comment"
          rows={2}
          value={body}
          error={mutation.error?.message}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter sends, as in most work tools; Enter alone makes a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <Button type="submit" size="sm" disabled={!body.trim()} busy={mutation.busy}>
          Comment
        </Button>
      </form>
    </section>
  );
}
