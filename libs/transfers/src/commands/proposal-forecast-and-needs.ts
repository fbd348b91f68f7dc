import type { ProposalContent } from '../transfer-events';
import type { ProposalInput } from '../transfer-commands';
import { trainingNeeds } from '../training/training-needs';

/** What a proposal (or its revision) records for the evaluation: the workload forecast and the training needs. */
export function proposalForecastAndNeeds(
  input: ProposalInput,
): Pick<ProposalContent, 'workloadForecast' | 'trainingNeeds'> {
  return {
    ...(input.workloadForecast ? { workloadForecast: input.workloadForecast } : {}),
    trainingNeeds: trainingNeeds(input.employee, input.origin.position, input.target.position),
  };
}
