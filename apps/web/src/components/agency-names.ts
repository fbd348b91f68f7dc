import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

/** Agency names by id (reference data, read once per session). */
export function useAgencyName(): (id: string) => string {
  const agencies = useQuery({
    queryKey: ['agencies'],
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 1000 } } })),
  });
  return (id) => agencies.data?.items.find((a) => a.id === id)?.name ?? id;
}
