import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../platform/column-types.ts';
import type { ScenarioInputs } from './business-case.ts';
import type { CostModel } from './cost-model.ts';

export interface ReportsTables {
  report_cost_models: {
    organisation_id: string;
    model: Json<CostModel & Record<string, unknown>>;
    updated_by: string;
    updated_at: Generated<Timestamp>;
  };
  business_case_scenarios: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    inputs: Json<ScenarioInputs & Record<string, unknown>>;
    created_by: string;
    created_at: Generated<Timestamp>;
    updated_at: Generated<Timestamp>;
  };
}

declare module '../platform/schema.ts' {
  interface Schema extends ReportsTables {}
}
