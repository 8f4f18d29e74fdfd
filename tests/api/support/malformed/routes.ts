import { randomUUID } from 'node:crypto';
import type { CallOptions } from '../call';
import { jpeg } from '../images';
import { newNote, pushBody } from '../mutations';
import type { Fixture } from './fixture';

/** An authenticated route with a well-formed request for it; the cases break one thing. */
export type Route = {
  name: string;
  method: string;
  path: (engagementId: string) => string;
  options: (f: Fixture) => CallOptions;
  /** The roles allowed to call it; others get 403. */
  roles: readonly ('manager' | 'peer' | 'council')[];
};

const under = (rest: string) => (engagementId: string) => `/api/engagements/${engagementId}/${rest}`;
const none = () => ({});

export const routes: readonly Route[] = [
  {
    name: 'push',
    method: 'POST',
    path: under('push'),
    options: () => ({ body: pushBody([newNote(1)]) }),
    roles: ['manager', 'peer'],
  },
  { name: 'pull', method: 'GET', path: under('pull?since=0'), options: none, roles: ['manager', 'peer', 'council'] },
  {
    name: 'create invite',
    method: 'POST',
    path: under('invites'),
    options: (f) => ({ body: { memberId: f.peer.memberId } }),
    roles: ['manager'],
  },
  { name: 'list invites', method: 'GET', path: under('invites'), options: none, roles: ['manager'] },
  {
    name: 'revoke invite',
    method: 'POST',
    path: (id) => under(`invites/${randomUUID()}/revoke`)(id),
    options: none,
    roles: ['manager'],
  },
  { name: 'list devices', method: 'GET', path: under('devices'), options: none, roles: ['manager', 'peer', 'council'] },
  {
    name: 'revoke device',
    method: 'POST',
    path: (id) => under(`devices/${randomUUID()}/revoke`)(id),
    options: none,
    roles: ['manager', 'peer', 'council'],
  },
  {
    name: 'upload photo',
    method: 'PUT',
    path: (id) => under(`photos/${randomUUID()}`)(id),
    options: () => ({ bytes: jpeg() }),
    roles: ['manager', 'peer'],
  },
  {
    name: 'read photo',
    method: 'GET',
    path: (id) => under(`photos/${randomUUID()}`)(id),
    options: none,
    roles: ['manager', 'peer'],
  },
];
