import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAppServices } from '../../services/appServices';
import { useEngagementContext } from '../../services/engagementContext';

/** Invites and devices live only on the server: react-query fetches and refreshes them. */
export function useTeamQueries() {
  const { teamApi } = useAppServices();
  const { identity, syncEngine } = useEngagementContext();
  const { engagementId } = identity;
  const token = () => syncEngine.deviceToken();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['team', engagementId] });
  // Only the challenge manager's screens show invites and devices: no other role asks
  // the server for them (it would refuse a peer's or the council's request anyway).
  const manager = identity.role === 'manager';
  const invites = useQuery({
    queryKey: ['team', engagementId, 'invites'],
    queryFn: async () => teamApi.listInvites(engagementId, await token()),
    retry: false,
    enabled: manager,
  });
  const devices = useQuery({
    queryKey: ['team', engagementId, 'devices'],
    queryFn: async () => teamApi.listDevices(engagementId, await token()),
    retry: false,
    enabled: manager,
  });
  const createInvite = useMutation({
    // The member may have been added offline: push it first so the server knows them.
    mutationFn: async (memberId: string) => {
      await syncEngine.syncNow();
      return teamApi.createInvite(engagementId, await token(), memberId);
    },
    onSuccess: refresh,
  });
  const revokeInvite = useMutation({
    mutationFn: async (inviteId: string) => teamApi.revokeInvite(engagementId, await token(), inviteId),
    onSuccess: refresh,
  });
  const revokeDevice = useMutation({
    mutationFn: async (deviceId: string) => teamApi.revokeDevice(engagementId, await token(), deviceId),
    onSuccess: refresh,
  });
  return { invites, devices, createInvite, revokeInvite, revokeDevice };
}
