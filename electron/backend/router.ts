import { type EventPublisher, implement } from '@orpc/server';
import { contract } from '../../shared/api';
import type { CommitNotice } from '../../shared/model';
import type { BackendContext } from './context';
import { toApiError } from './apiErrors';
import { campaignActivity, listActivity } from './services/activityService';
import {
  createCampaign,
  setCampaignPlan,
  removeCampaign,
  restoreCampaign,
  updateCampaign,
} from './services/campaignService';
import {
  createClient,
  listClients,
  removeClient,
  restoreClient,
  updateClient,
} from './services/clientService';
import {
  addDecision,
  confirmDecisionEntry,
  listDecisions,
  removeDecision,
} from './services/decisionLogService';
import { loadDemo } from './services/demoService';
import {
  exportCampaign,
  exportCampaignWithProgress,
  exportHandoff,
} from './services/exportService';
import { campaignFolderStructure } from './services/folderStructureService';
import {
  addComment,
  setChecklistItem,
  setQualityOwner,
  setRaci,
  transition,
} from './services/handoffFlowService';
import {
  listHandoffMap,
  removeHandoffMapRow,
  saveHandoffMapRow,
} from './services/handoffMapService';
import { exportHealth } from './services/healthExportService';
import { exportLeadAgenda } from './services/leadAgendaExportService';
import { healthReport } from './services/healthService';
import {
  addFinding,
  addMetricEntry,
  campaignOptimization,
  completeReview,
  createBacklogItem,
  createTestPlan,
  finishTestPlan,
  getDashboardStandards,
  importMetricsCsv,
  listBacklog,
  optimizationOverview,
  scheduleReviews,
  setDashboardStandards,
  updateBacklogItem,
  updateFinding,
  updateReview,
  updateTestPlan,
} from './services/optimizationService';
import {
  addAssetVersion,
  createAsset,
  listAssets,
  removeAsset,
  restoreAsset,
  setAssetApproval,
  updateAsset,
} from './services/assetService';
import {
  createCalendarItem,
  exportCalendarCsv,
  exportCalendarIcal,
  listCalendar,
  moveCalendarItem,
  removeCalendarItem,
  repurposeCalendarItem,
  restoreCalendarItem,
  updateCalendarItem,
} from './services/calendarService';
import { readCoordinationRules, setCoordinationRules } from './services/calendarRulesService';
import { syncLaunchCalendar } from './services/launchCalendarMirror';
import { setHandoffField } from './services/handoffService';
import {
  readProductionLibrary,
  setChannelSpecs,
  setNamingPattern,
} from './services/productionLibraryService';
import { moveCampaign } from './services/moveService';
import {
  createPlaybookEntry,
  playbookForCampaign,
  removePlaybookEntry,
  searchPlaybook,
  updatePlaybookEntry,
} from './services/playbookService';
import {
  addImprovement,
  addLearning,
  campaignFromRetrospective,
  completeRetrospective,
  getRetrospective,
  listRetrospectives,
  removeImprovement,
  restoreImprovement,
  updateImprovement,
  updateRetrospective,
} from './services/retrospectiveService';
import { signHandoffPreflight } from './services/preflightService';
import {
  createPerson,
  listPeople,
  removePerson,
  restorePerson,
  updatePerson,
} from './services/peopleService';
import { listStages, renameStage } from './services/stageService';
import {
  getTemplate,
  listTemplates,
  resetTemplate,
  saveTemplate,
} from './services/templateService';
import {
  acceptLead,
  addLeadTouch,
  createLead,
  getLead,
  handOffLead,
  listLeads,
  rejectLead,
  removeLead,
  restoreLead,
  setLeadStatus,
  updateLead,
} from './services/leadService';
import { commitLeadImport, previewLeadImport } from './services/leadImportService';
import {
  leadQuality,
  leadReengagementQueue,
  leadWeeklyAgenda,
  slaQueue,
} from './services/leadReportsService';
import {
  readLeadScoring,
  readLeadSla,
  setLeadScoring,
  setLeadSla,
} from './services/leadSettingsService';
import { listConflicts, resolveConflict } from './services/syncConflictService';
import { checkDatabase, systemInfo } from './services/systemService';
import { createWorkspace, getWorkspace, setMe } from './services/workspaceService';
import {
  campaignDetail,
  campaignSummaries,
  handoffDetail,
  listCampaignSummariesInTurns,
} from './views/campaignViews';

const os = implement(contract).$context<BackendContext>();

/** Business-rule failures become the contract's typed errors, whatever the transport. */
const base = os.use(async ({ next, errors }) => {
  try {
    return await next();
  } catch (err) {
    throw toApiError(err, errors);
  }
});

/** Builds the router over one live-update publisher fed by the database's commit events. */
export function createRouter(updates: EventPublisher<{ commit: CommitNotice }>) {
  return os.router({
    system: {
      info: base.system.info.handler(({ context }) => systemInfo(context)),
      backup: base.system.backup.handler(({ context }) => ({ path: context.db.backup('manual') })),
      check: base.system.check.handler(({ context }) => checkDatabase(context)),
    },
    workspace: {
      get: base.workspace.get.handler(({ context }) => getWorkspace(context)),
      create: base.workspace.create.handler(({ context, input }) =>
        createWorkspace(context, input),
      ),
      loadDemo: base.workspace.loadDemo.handler(({ context }) => loadDemo(context)),
      setMe: base.workspace.setMe.handler(({ context, input }) => setMe(context, input.personId)),
    },
    people: {
      list: base.people.list.handler(({ context }) => listPeople(context)),
      create: base.people.create.handler(({ context, input }) => createPerson(context, input)),
      update: base.people.update.handler(({ context, input }) => updatePerson(context, input)),
      remove: base.people.remove.handler(({ context, input }) => removePerson(context, input.id)),
      restore: base.people.restore.handler(({ context, input }) =>
        restorePerson(context, input.id),
      ),
    },
    clients: {
      list: base.clients.list.handler(({ context }) => listClients(context)),
      create: base.clients.create.handler(({ context, input }) => createClient(context, input)),
      update: base.clients.update.handler(({ context, input }) => updateClient(context, input)),
      remove: base.clients.remove.handler(({ context, input }) => removeClient(context, input.id)),
      restore: base.clients.restore.handler(({ context, input }) =>
        restoreClient(context, input.id),
      ),
    },
    stages: {
      list: base.stages.list.handler(({ context }) => listStages(context)),
      rename: base.stages.rename.handler(({ context, input }) =>
        renameStage(context, input.id, input.name),
      ),
    },
    campaigns: {
      list: base.campaigns.list.handler(({ context }) => listCampaignSummariesInTurns(context)),
      get: base.campaigns.get.handler(({ context, input }) => campaignDetail(context, input.id)),
      cards: base.campaigns.cards.handler(({ context, input }) =>
        campaignSummaries(context, input.ids),
      ),
      create: base.campaigns.create.handler(({ context, input }) => createCampaign(context, input)),
      update: base.campaigns.update.handler(({ context, input }) => updateCampaign(context, input)),
      remove: base.campaigns.remove.handler(({ context, input }) =>
        removeCampaign(context, input.id),
      ),
      restore: base.campaigns.restore.handler(({ context, input }) =>
        restoreCampaign(context, input.id),
      ),
      move: base.campaigns.move.handler(({ context, input }) => moveCampaign(context, input)),
      setPlan: base.campaigns.setPlan.handler(({ context, input }) => {
        setCampaignPlan(context, input);
        return campaignDetail(context, input.id);
      }),
      activity: base.campaigns.activity.handler(({ context, input }) =>
        campaignActivity(context, input),
      ),
      folderStructure: base.campaigns.folderStructure.handler(({ context, input }) =>
        campaignFolderStructure(context, input),
      ),
    },
    handoffs: {
      get: base.handoffs.get.handler(({ context, input }) => handoffDetail(context, input.id)),
      setField: base.handoffs.setField.handler(({ context, input }) =>
        setHandoffField(context, input),
      ),
      setChecklistItem: base.handoffs.setChecklistItem.handler(({ context, input }) =>
        setChecklistItem(context, input.id, input.done),
      ),
      setRaci: base.handoffs.setRaci.handler(({ context, input }) =>
        setRaci(context, input.handoffId, input.assignments),
      ),
      setQualityOwner: base.handoffs.setQualityOwner.handler(({ context, input }) =>
        setQualityOwner(context, input.handoffId, input.personId),
      ),
      comment: base.handoffs.comment.handler(({ context, input }) =>
        addComment(context, input.handoffId, input.body),
      ),
      submit: base.handoffs.submit.handler(({ context, input }) =>
        transition(context, input.id, { kind: 'submit' }),
      ),
      approve: base.handoffs.approve.handler(({ context, input }) =>
        transition(context, input.id, { kind: 'approve', packageHash: input.packageHash }),
      ),
      requestChanges: base.handoffs.requestChanges.handler(({ context, input }) =>
        transition(context, input.id, { kind: 'request_changes', reason: input.reason }),
      ),
      acknowledge: base.handoffs.acknowledge.handler(({ context, input }) =>
        transition(context, input.id, { kind: 'acknowledge' }),
      ),
      sendBack: base.handoffs.sendBack.handler(({ context, input }) =>
        transition(context, input.id, {
          kind: 'send_back',
          missing: input.missing,
          reason: input.reason,
        }),
      ),
      override: base.handoffs.override.handler(({ context, input }) =>
        transition(context, input.id, { kind: 'override', reason: input.reason }),
      ),
      signPreflight: base.handoffs.signPreflight.handler(({ context, input }) =>
        signHandoffPreflight(context, input),
      ),
    },
    templates: {
      list: base.templates.list.handler(({ context }) => listTemplates(context)),
      get: base.templates.get.handler(({ context, input }) => getTemplate(context, input)),
      save: base.templates.save.handler(({ context, input }) => saveTemplate(context, input)),
      reset: base.templates.reset.handler(({ context, input }) => resetTemplate(context, input)),
    },
    decisions: {
      list: base.decisions.list.handler(({ context, input }) => listDecisions(context, input)),
      add: base.decisions.add.handler(({ context, input }) => addDecision(context, input)),
      confirm: base.decisions.confirm.handler(({ context, input }) =>
        confirmDecisionEntry(context, input),
      ),
      remove: base.decisions.remove.handler(({ context, input }) => removeDecision(context, input)),
    },
    handoffMap: {
      list: base.handoffMap.list.handler(({ context }) => listHandoffMap(context)),
      save: base.handoffMap.save.handler(({ context, input }) => saveHandoffMapRow(context, input)),
      remove: base.handoffMap.remove.handler(({ context, input }) =>
        removeHandoffMapRow(context, input),
      ),
    },
    production: {
      library: base.production.library.handler(({ context }) => readProductionLibrary(context)),
      setNamingPattern: base.production.setNamingPattern.handler(({ context, input }) =>
        setNamingPattern(context, input),
      ),
      setChannelSpecs: base.production.setChannelSpecs.handler(({ context, input }) =>
        setChannelSpecs(context, input),
      ),
    },
    assets: {
      list: base.assets.list.handler(({ context, input }) => listAssets(context, input)),
      create: base.assets.create.handler(({ context, input }) => createAsset(context, input)),
      update: base.assets.update.handler(({ context, input }) => updateAsset(context, input)),
      addVersion: base.assets.addVersion.handler(({ context, input }) =>
        addAssetVersion(context, input),
      ),
      setApproval: base.assets.setApproval.handler(({ context, input }) =>
        setAssetApproval(context, input),
      ),
      remove: base.assets.remove.handler(({ context, input }) => removeAsset(context, input)),
      restore: base.assets.restore.handler(({ context, input }) => restoreAsset(context, input)),
    },
    health: {
      report: base.health.report.handler(({ context, input }) => healthReport(context, input)),
    },
    retrospectives: {
      list: base.retrospectives.list.handler(({ context, input }) =>
        listRetrospectives(context, input),
      ),
      get: base.retrospectives.get.handler(({ context, input }) =>
        getRetrospective(context, input),
      ),
      update: base.retrospectives.update.handler(({ context, input }) =>
        updateRetrospective(context, input),
      ),
      addImprovement: base.retrospectives.addImprovement.handler(({ context, input }) =>
        addImprovement(context, input),
      ),
      updateImprovement: base.retrospectives.updateImprovement.handler(({ context, input }) =>
        updateImprovement(context, input),
      ),
      removeImprovement: base.retrospectives.removeImprovement.handler(({ context, input }) =>
        removeImprovement(context, input),
      ),
      restoreImprovement: base.retrospectives.restoreImprovement.handler(({ context, input }) =>
        restoreImprovement(context, input),
      ),
      complete: base.retrospectives.complete.handler(({ context, input }) =>
        completeRetrospective(context, input),
      ),
      addLearning: base.retrospectives.addLearning.handler(({ context, input }) =>
        addLearning(context, input),
      ),
      startNextCampaign: base.retrospectives.startNextCampaign.handler(({ context, input }) =>
        campaignFromRetrospective(context, input),
      ),
    },
    playbook: {
      search: base.playbook.search.handler(({ context, input }) => searchPlaybook(context, input)),
      forCampaign: base.playbook.forCampaign.handler(({ context, input }) =>
        playbookForCampaign(context, input),
      ),
      create: base.playbook.create.handler(({ context, input }) =>
        createPlaybookEntry(context, input),
      ),
      update: base.playbook.update.handler(({ context, input }) =>
        updatePlaybookEntry(context, input),
      ),
      remove: base.playbook.remove.handler(({ context, input }) =>
        removePlaybookEntry(context, input),
      ),
    },
    optimization: {
      overview: base.optimization.overview.handler(({ context }) => optimizationOverview(context)),
      campaign: base.optimization.campaign.handler(({ context, input }) =>
        campaignOptimization(context, input),
      ),
      standards: base.optimization.standards.handler(({ context }) =>
        getDashboardStandards(context),
      ),
      setStandards: base.optimization.setStandards.handler(({ context, input }) =>
        setDashboardStandards(context, input),
      ),
      addEntry: base.optimization.addEntry.handler(({ context, input }) =>
        addMetricEntry(context, input),
      ),
      importCsv: base.optimization.importCsv.handler(({ context, input }) =>
        importMetricsCsv(context, input),
      ),
      scheduleReviews: base.optimization.scheduleReviews.handler(({ context, input }) =>
        scheduleReviews(context, input),
      ),
      updateReview: base.optimization.updateReview.handler(({ context, input }) =>
        updateReview(context, input),
      ),
      addFinding: base.optimization.addFinding.handler(({ context, input }) =>
        addFinding(context, input),
      ),
      updateFinding: base.optimization.updateFinding.handler(({ context, input }) =>
        updateFinding(context, input),
      ),
      completeReview: base.optimization.completeReview.handler(({ context, input }) =>
        completeReview(context, input),
      ),
      backlog: base.optimization.backlog.handler(({ context, input }) =>
        listBacklog(context, input),
      ),
      createBacklogItem: base.optimization.createBacklogItem.handler(({ context, input }) =>
        createBacklogItem(context, input),
      ),
      updateBacklogItem: base.optimization.updateBacklogItem.handler(({ context, input }) =>
        updateBacklogItem(context, input),
      ),
      createTestPlan: base.optimization.createTestPlan.handler(({ context, input }) =>
        createTestPlan(context, input),
      ),
      updateTestPlan: base.optimization.updateTestPlan.handler(({ context, input }) =>
        updateTestPlan(context, input),
      ),
      finishTestPlan: base.optimization.finishTestPlan.handler(({ context, input }) =>
        finishTestPlan(context, input),
      ),
    },
    activity: {
      list: base.activity.list.handler(({ context, input }) => listActivity(context, input)),
    },
    sync: {
      status: base.sync.status.handler(({ context }) => context.sync.status()),
      setup: base.sync.setup.handler(({ context, input }) => context.sync.setup(input)),
      run: base.sync.run.handler(({ context }) => context.sync.run()),
      leave: base.sync.leave.handler(({ context }) => context.sync.leave()),
      conflicts: base.sync.conflicts.handler(({ context }) => listConflicts(context)),
      resolveConflict: base.sync.resolveConflict.handler(({ context, input }) =>
        resolveConflict(context, input),
      ),
    },
    leads: {
      list: base.leads.list.handler(({ context, input }) => listLeads(context, input)),
      get: base.leads.get.handler(({ context, input }) => getLead(context, input)),
      create: base.leads.create.handler(({ context, input }) => createLead(context, input)),
      update: base.leads.update.handler(({ context, input }) => updateLead(context, input)),
      remove: base.leads.remove.handler(({ context, input }) => removeLead(context, input)),
      restore: base.leads.restore.handler(({ context, input }) => restoreLead(context, input)),
      addTouch: base.leads.addTouch.handler(({ context, input }) => addLeadTouch(context, input)),
      setStatus: base.leads.setStatus.handler(({ context, input }) =>
        setLeadStatus(context, input),
      ),
      handOff: base.leads.handOff.handler(({ context, input }) => handOffLead(context, input)),
      accept: base.leads.accept.handler(({ context, input }) => acceptLead(context, input)),
      reject: base.leads.reject.handler(({ context, input }) => rejectLead(context, input)),
      queue: base.leads.queue.handler(({ context }) => slaQueue(context)),
      reengagementQueue: base.leads.reengagementQueue.handler(({ context }) =>
        leadReengagementQueue(context),
      ),
      qualityReport: base.leads.qualityReport.handler(({ context, input }) =>
        leadQuality(context, input),
      ),
      weeklyAgenda: base.leads.weeklyAgenda.handler(({ context, input }) =>
        leadWeeklyAgenda(context, input),
      ),
      scoring: base.leads.scoring.handler(({ context }) => readLeadScoring(context)),
      setScoring: base.leads.setScoring.handler(({ context, input }) =>
        setLeadScoring(context, input),
      ),
      sla: base.leads.sla.handler(({ context }) => readLeadSla(context)),
      setSla: base.leads.setSla.handler(({ context, input }) => setLeadSla(context, input)),
      importPreview: base.leads.importPreview.handler(({ context, input }) =>
        previewLeadImport(context, input),
      ),
      importCommit: base.leads.importCommit.handler(({ context, input }) =>
        commitLeadImport(context, input),
      ),
    },
    calendar: {
      list: base.calendar.list.handler(({ context, input }) => listCalendar(context, input)),
      create: base.calendar.create.handler(({ context, input }) =>
        createCalendarItem(context, input),
      ),
      update: base.calendar.update.handler(({ context, input }) =>
        updateCalendarItem(context, input),
      ),
      move: base.calendar.move.handler(({ context, input }) => moveCalendarItem(context, input)),
      remove: base.calendar.remove.handler(({ context, input }) =>
        removeCalendarItem(context, input),
      ),
      restore: base.calendar.restore.handler(({ context, input }) =>
        restoreCalendarItem(context, input),
      ),
      repurpose: base.calendar.repurpose.handler(({ context, input }) =>
        repurposeCalendarItem(context, input),
      ),
      exportIcal: base.calendar.exportIcal.handler(({ context, input }) =>
        exportCalendarIcal(context, input),
      ),
      exportCsv: base.calendar.exportCsv.handler(({ context, input }) =>
        exportCalendarCsv(context, input),
      ),
      rules: base.calendar.rules.handler(({ context }) => readCoordinationRules(context)),
      setRules: base.calendar.setRules.handler(({ context, input }) =>
        setCoordinationRules(context, input),
      ),
      syncLaunch: base.calendar.syncLaunch.handler(({ context, input }) =>
        syncLaunchCalendar(context, input),
      ),
    },
    exports: {
      handoff: base.exports.handoff.handler(({ context, input }) => exportHandoff(context, input)),
      campaign: base.exports.campaign.handler(({ context, input }) =>
        exportCampaign(context, input),
      ),
      campaignWithProgress: base.exports.campaignWithProgress.handler(
        ({ context, input, signal }) => exportCampaignWithProgress(context, input, signal),
      ),
      health: base.exports.health.handler(({ context, input }) => exportHealth(context, input)),
      leadAgenda: base.exports.leadAgenda.handler(({ context, input }) =>
        exportLeadAgenda(context, input),
      ),
    },
    live: {
      updates: os.live.updates.handler(async function* ({ signal }) {
        for await (const notice of updates.subscribe('commit', { signal })) yield notice;
      }),
    },
  });
}

export type BatonRouter = ReturnType<typeof createRouter>;
