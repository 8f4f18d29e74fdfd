import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAppServices } from '../../app/appServices';
import { useEngagementContext } from '../../app/engagementContext';

/** Invites and devices live only on the server: react-query fetches and refreshes them. */
export function useTeamQueries() {
  const { teamApi } = useAppServices();
  const { identity, syncEngine } = useEngagementContext();
  const { engagementId, deviceToken } = identity;
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['team', engagementId] });
  const invites = useQuery({
    queryKey: ['team', engagementId, 'invites'],
    queryFn: () => teamApi.listInvites(engagementId, deviceToken),
    retry: false,
  });
  const devices = useQuery({
    queryKey: ['team', engagementId, 'devices'],
    queryFn: () => teamApi.listDevices(engagementId, deviceToken),
    retry: false,
  });
  const createInvite = useMutation({
    // The member may have been added offline: push it first so the server knows them.
    mutationFn: async (memberId: string) => {
      await syncEngine.syncNow();
      return teamApi.createInvite(engagementId, deviceToken, memberId);
    },
    onSuccess: refresh,
  });
  const revokeInvite = useMutation({
    mutationFn: (inviteId: string) => teamApi.revokeInvite(engagementId, deviceToken, inviteId),
    onSuccess: refresh,
  });
  const revokeDevice = useMutation({
    mutationFn: (deviceId: string) => teamApi.revokeDevice(engagementId, deviceToken, deviceId),
    onSuccess: refresh,
  });
  return { invites, devices, createInvite, revokeInvite, revokeDevice };
}
