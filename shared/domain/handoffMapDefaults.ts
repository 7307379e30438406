/** One default row of the handoff map: where a transition's material lives until a team edits it. */
export interface DefaultHandoffMapRow {
  fromStage: string;
  toStage: string;
  location: string;
  tool: string;
  notes: string;
}

/** Shown for each default transition that has no saved row yet (never stored until edited). */
export const DEFAULT_HANDOFF_MAP: readonly DefaultHandoffMapRow[] = [
  {
    fromStage: 'strategy',
    toStage: 'creative',
    location: 'In Baton',
    tool: 'Baton',
    notes: 'Creative brief: the package of the handoff',
  },
  {
    fromStage: 'creative',
    toStage: 'production',
    location: 'Shared drive: /Clients/<client>/<campaign>/02_creative',
    tool: 'Design tools',
    notes: 'Source files, named by the naming convention',
  },
  {
    fromStage: 'production',
    toStage: 'launch',
    location: 'Ad platform',
    tool: 'Ads manager',
    notes: 'Final assets, UTMs and the signed pre-flight',
  },
  {
    fromStage: 'launch',
    toStage: 'live',
    location: 'In Baton',
    tool: 'Baton',
    notes: 'Launch sequence and monitoring owners',
  },
  {
    fromStage: 'live',
    toStage: 'optimization',
    location: 'Analytics',
    tool: 'Analytics dashboard',
    notes: 'Performance review and optimization backlog',
  },
  {
    fromStage: 'optimization',
    toStage: 'retrospective',
    location: 'In Baton',
    tool: 'Baton',
    notes: 'Findings and test plans',
  },
  {
    fromStage: 'retrospective',
    toStage: 'done',
    location: 'In Baton',
    tool: 'Baton',
    notes: 'Playbook learnings',
  },
];

export interface SavedHandoffMapRow {
  fromStage: string;
  toStage: string;
}

/** The default rows still shown: those whose transition has no saved row. */
export function defaultRowsStillShown<T extends SavedHandoffMapRow>(
  saved: readonly T[],
): DefaultHandoffMapRow[] {
  const edited = new Set(saved.map((r) => `${r.fromStage}→${r.toStage}`));
  return DEFAULT_HANDOFF_MAP.filter((d) => !edited.has(`${d.fromStage}→${d.toStage}`));
}
