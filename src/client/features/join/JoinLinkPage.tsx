import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { joinCodeFrom } from './homeScreen';

/** Where the Home Screen app takes a pasted join link (links from email open in Safari, not in the app). */
export function JoinLinkPage() {
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = joinCodeFrom(text);
    if (!code) {
      setProblem(
        'That is not a join link: paste the whole link your challenge manager sent, ending in /join/ and a code.',
      );
      return;
    }
    void navigate(`/join/${code}`);
  };
  return (
    <main>
      <h1>Join with a link</h1>
      <form onSubmit={submit}>
        <label htmlFor={id}>Join link</label>
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem ? (
          <p role="alert" id={`${id}-problem`}>
            {problem}
          </p>
        ) : null}
        <button type="submit">Join</button>
      </form>
    </main>
  );
}
