// Generated from the API's OpenAPI document by `npm run web:types`; do not edit.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database and Redis answer */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics: for admins, or for a scraper holding METRICS_TOKEN as its bearer token */
    get: operations['HealthController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with username and password; returns a bearer access token
     * @description Failed attempts are slowed down: 429 TOO_MANY_LOGIN_ATTEMPTS with a Retry-After header.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log out: the token (or, with scope=everywhere, every token of the user) stops working at once */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user, with roles and agency scope */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in a browser: sets the session cookie and answers the user and a CSRF token */
    post: operations['BrowserSessionController_login'];
    /** Clear the browser session cookies (end the session on the server with POST /auth/logout first) */
    delete: operations['BrowserSessionController_logout'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable an account: it cannot log in and its sessions end at once (recorded as UserDisabled) */
    post: operations['UsersController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable a disabled account again (recorded as UserEnabled) */
    post: operations['UsersController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a master-data CSV file (PRODUCT.md §6)
     * @description All-or-nothing by default: one rejected row rejects the file (422 IMPORT_REJECTED, listing every rejected row). With ?partial=true the valid rows are kept. Rows are upserted by key, so importing the same file again changes nothing. Regions, agencies, users and region calendars (region-calendars.csv) are imported by administrators; operators import units, positions, workload figures (workload.csv: positionId,year,annualWorkloadMinutes) and employees of their agencies.
     */
    post: operations['ImportsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Regions (Kemendagri codes) */
    get: operations['MasterDataController_regions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agencies (instansi) */
    get: operations['MasterDataController_agencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Units (OPD and sub-units) with their OPD (topUnitId) */
    get: operations['MasterDataController_units'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Positions, with chain roles and annual workload minutes */
    get: operations['MasterDataController_positions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/positions/{id}/chain-role-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of a position’s chain roles (PositionChainRolesChanged): who, when, before and after */
    get: operations['MasterDataController_chainRoleHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where positions sit, with names: position title, unit, agency and region */
    get: operations['MasterDataController_places'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find employees in your scope by NIP or name, or list a unit’s employees
     * @description Operators also find an employee of another agency by the whole 18-digit NIP, to propose them into their own.
     */
    get: operations['MasterDataController_searchEmployees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Employees of the agencies in your scope */
    get: operations['MasterDataController_employees'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/{nip}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One employee (in your scope, or yourself) */
    get: operations['MasterDataController_employee'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workload/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per unit: required and actual staff (ABK), pending moves, efficiency (EJ) and band A–E */
    get: operations['WorkloadController_units'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workload/positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per position with a workload analysis: required and actual staff and the gap (the targets of a proposal) */
    get: operations['WorkloadController_positions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workload/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Imbalance per agency, region and province
     * @description imbalance.misplacedShare = (Σ|gap per position| / 2) / Σ required: the share of the needed workforce that sits in the wrong place.
     */
    get: operations['WorkloadController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workload/units/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A unit’s workload analysis (ABK) year by year, and the executed moves into or out of it between the years
     * @description Per ABK year: required and actual staff, EJ and band, the staff counted at the year’s end (today’s staff with the executed transfers since put back).
     */
    get: operations['WorkloadController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evaluations/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per agency and reason: evaluated moves, units in band C as forecast and as measured, promises kept
     * @description A move promised when its forecast brought a unit’s EJ nearer to band C (0.70–0.89) or kept it inside; it kept its promise when every promised unit’s EJ measured at the evaluation is nearer to band C than before, or inside.
     */
    get: operations['EvaluationsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/training-needs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Training needs of executed moves into the agency: open until the evaluation says the training took place */
    get: operations['EvaluationsController_trainingNeeds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preview a proposal: kind, eligibility, approval chain and workload impact; writes nothing */
    post: operations['ProposeTransferController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Transfer proposals you may see, newest first (paginated)
     * @description Operators and approvers: proposals whose origin or target agency is in scope, or with a task of their positions; employees: their own; auditors and administrators: all. ?minPosition= waits up to 5 s for the read model, then answers 503 READ_MODEL_BEHIND.
     */
    get: operations['TransferQueriesController_list'];
    put?: never;
    /**
     * Propose a transfer
     * @description Derives the kind, checks eligibility (a blocking rule refuses with 422 and its code, warnings are recorded) and resolves the chain. The origin or the target agency must be in your scope. Idempotency-Key makes a retry safe.
     */
    post: operations['ProposeTransferController_propose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decide on an open task: approve/reject/return, consent/objection, recommended/not_recommended
     * @description Separation of duties: the proposer never decides, the employee only answers the hearing, nobody decides twice. A committee task completes with k of n approvals. A delegate passes onBehalfOf. Every decision but the hearing answer carries declaration.noConflictOfInterest = true; who has a conflict declares it with POST /transfers/{id}/conflicts instead.
     */
    post: operations['DecideTaskController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare a conflict of interest on a task you hold: the task goes to the superior chain role
     * @description PP 11/2017 Ps 190(5). A holder of an open task (in person, not as a delegate) who has a family or personal interest in the move records it with a reason (ConflictOfInterestDeclared); the task goes to the superior chain role of the same side (unit_head → personnel_head → ppk), as an escalation sends it, and its new holders are told. The declarer decides nothing on the proposal afterwards (403 CONFLICT_OF_INTEREST_DECLARED).
     */
    post: operations['DeclareConflictController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/hearing-record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the hearing answer the employee gave on a signed paper form
     * @description For an employee without a login: an operator of the origin or target agency records consent or objection (with the reason) and the sha256 of the signed form. It answers the open hearing like the employee would, and the proposal detail and history show it as recorded on paper (paperForm: formSha256, answeredOn, recordedByUserId). Separation of duties: the operator who proposed or revised the proposal may not record it.
     */
    post: operations['RecordHearingController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revise a returned proposal with new values; it is checked again and the chain restarts */
    post: operations['ReviseProposalController_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a proposal (any time before it is executed), with a reason */
    post: operations['WithdrawProposalController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the decree (SK) and execute on the effective date
     * @description An effective date ahead schedules the execution for that day (Asia/Jakarta); on the day or after, the transfer is executed at once, after re-checking that the employee is active in the origin position and the target position still short. On a DECREE_ISSUED proposal, tries the execution again.
     */
    post: operations['ExecuteTransferController_execute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the evaluation after the evaluation period (default 6 months after the effective date) */
    post: operations['EvaluateTransferController_evaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/assignment/extend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the decree extending a temporary assignment (before its end date); the return moves with it */
    post: operations['TemporaryAssignmentController_extend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/assignment/convert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the decree making a temporary assignment a permanent transfer (before its end date) */
    post: operations['TemporaryAssignmentController_convert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/assignment/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring the employee of a temporary assignment home, on or after its end date (the worker does it on the day; this is for when it could not) */
    post: operations['TemporaryAssignmentController_returnHome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your standing delegations: those you gave and those you received, in force today or starting later
     * @description Ended delegations and those whose last day has passed are left out.
     */
    get: operations['DelegationsController_list'];
    put?: never;
    /**
     * Delegate your positions’ tasks to another user for a date range
     * @description Also moves tasks already in flight: the delegate sees your open tasks in their inbox and decides them with onBehalfOf = your username.
     */
    post: operations['DelegateController_delegate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/delegations/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a standing delegation you gave, before its last day
     * @description From now on the delegate no longer sees your tasks nor decides them on your behalf; decisions taken stand. 404 DELEGATION_NOT_FOUND when you gave no delegation with that id, 409 DELEGATION_ENDED when it has ended already.
     */
    post: operations['EndDelegationController_end'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One proposal: status, eligibility, chain progress with every decision, objection, decree, evaluation
     * @description The ETag header carries the version, to send back as If-Match on the next command.
     */
    get: operations['TransferQueriesController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your open tasks with due dates: your positions’, those delegated to you, and your own hearing
     * @description Soonest due first, undated last, in pages of ?limit= (default 1000) through ?cursor=; openCount and overdueCount count every page. ?transferId= keeps one proposal’s tasks, ?type= one type of task.
     */
    get: operations['TransferQueriesController_inbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/{nip}/placements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An employee’s current placement and the transfers that changed it */
    get: operations['PlacementHistoryController_placements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of a proposal in order, with actor, role, on-behalf-of, reason, hash and previous hash */
    get: operations['AuditController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/transfers/{id}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time travel: the proposal as it stood at an instant (?at=) or a version (?version=), folded from its events */
    get: operations['AuditController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recompute every stream’s hash chain (the first broken link if any) and every stored document’s hash */
    post: operations['AuditController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event log as JSON Lines (events as stored, with hashes) and a signed manifest as the last line
     * @description Events recorded in [from, to), stream by stream in version order. The manifest holds the number of events, the sha256 of all event lines before it and an Ed25519 signature (base64) over the canonical JSON of the manifest without its signature; verify it with GET /audit/public-key. With ?documents=true each stored document the exported events refer to follows them as a line {kind: document, sha256, size, mediaType, contentBase64}, covered by the digest.
     */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Ed25519 public key (PEM) that verifies audit export manifests */
    get: operations['AuditController_publicKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The notification log, newest first: what was emailed to whom, and how sending went
     * @description Admins and auditors see every notification; everyone else only those sent to their own address.
     */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a document (PDF, JPEG or PNG, checked by content); answers its sha256
     * @description Send the file as the body with its media type (application/pdf, image/jpeg, image/png or application/octet-stream), or as multipart/form-data with the file in a part named "file". The type is read from the first bytes; a declared type that disagrees is refused (415 DOCUMENT_TYPE_MISMATCH). Larger than DOCUMENT_MAX_BYTES (2 MB by default): 413 DOCUMENT_TOO_LARGE, before the body is read when Content-Length says so. The same content uploaded again is stored once (200, created false; 201 when new). A refused or broken upload stores nothing.
     */
    post: operations['DocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{sha256}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open a document
     * @description For whoever may see a proposal that refers to it (the scope rules of GET /transfers/{id}), its uploaders, auditors and administrators. Served with its media type and Content-Disposition inline (attachment with ?download=1).
     */
    get: operations['DocumentsController_open'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Plans whose scope meets the caller's agencies (every plan for a national role), newest first, page by page
     * @description Scope, status, move count, drafter, decision and the proposals made; ?status= filters, ?cursor= is the previous nextCursor.
     */
    get: operations['PlansController_index'];
    put?: never;
    /** Draft a transfer plan: computed as in preview and recorded as its own event stream (plan-<id>) */
    post: operations['PlansController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compute a transfer plan for a scope and parameters; writes nothing
     * @description The moves that best lower Σ|required − actual| over the scope's positions with a workload figure, every mover eligible and fitting the target's competence, preferring stated wishes; totals before and after, the input hash, the solver, and the time spent loading, building, solving and choosing persons. Moves page by page (?limit=&cursor=&unitId=). A scope above one agency needs every agency in the caller's scope. A scope without workload figures answers an empty plan with emptyReason.
     */
    post: operations['PlansController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan: parameters, input hash, solver, totals, decision, proposals, and a page of its moves */
    get: operations['PlansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of a plan in order, with actor, role, reason, hash and previous hash */
    get: operations['PlansController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a plan and create one transfer proposal per move
     * @description By the head of BKPSDM or the PPK of the scope (for a province: of the provincial government, or the governor), never its drafter. Each move becomes an ordinary proposal through its own chain, proposed by the drafter, its id derived from the plan and the move: approving again (or after an interruption) makes each proposal once. A move no longer eligible is reported in notProposed.
     */
    post: operations['PlansController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a plan with a reason (head of BKPSDM or PPK of the scope, never its drafter) */
    post: operations['PlansController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/{nip}/aspirations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An employee's current wishes (up to three, in order)
     * @description The employee sees their own; operators and approvers those of their agencies; auditors and admins all.
     */
    get: operations['AspirationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/employees/{nip}/aspirations/{rank}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * State (or replace) wish number {rank}: a unit or a position, with a short reason
     * @description Own record only (403 NOT_OWN_RECORD). Records AspirationStated; stating the same wish again changes nothing.
     */
    put: operations['AspirationsController_state'];
    post?: never;
    /** Withdraw wish number {rank} (own record only); records AspirationWithdrawn */
    delete: operations['AspirationsController_withdraw'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/aspirations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import employees' wishes (aspirations.csv: nip,rank,unitId,positionId,reason)
     * @description For employees of your agencies. All-or-nothing unless ?partial=true (422 IMPORT_REJECTED lists every rejected row). Each row states wish number `rank` as AspirationStated; a row stating what is already stated changes nothing.
     */
    post: operations['AspirationsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LoginDto: {
      /** @example operator-99 */
      username: string;
      /** @example mutasi-demo-2026 */
      password: string;
    };
    AuthUserDto: {
      username: string;
      displayName: string;
      email: string;
      roles: ('operator' | 'approver' | 'consultant' | 'employee' | 'auditor' | 'admin')[];
      /** @description ["*"] for national scope */
      agencyIds: string[];
      positionIds: string[];
      employeeNip: string | null;
      /** @enum {string} */
      language: 'id' | 'en';
    };
    BrowserSessionDto: {
      user: components['schemas']['AuthUserDto'];
      /** @description Send back in the x-csrf-token header on every write (also readable from the mutasi_csrf cookie) */
      csrfToken: string;
    };
    AccountChangeResponse: {
      username: string;
      disabled: boolean;
      /** @description false when the account already was in that state */
      changed: boolean;
    };
    AgencyDto: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'central' | 'provincial' | 'regional';
      regionCode: string | null;
    };
    AgencyPageDto: {
      items: components['schemas']['AgencyDto'][];
      nextCursor: string | null;
    };
    UnitDto: {
      id: string;
      agencyId: string;
      name: string;
      parentUnitId: string | null;
      /** @description The OPD (top unit) it belongs to */
      topUnitId: string;
    };
    UnitPageDto: {
      items: components['schemas']['UnitDto'][];
      nextCursor: string | null;
    };
    PlaceDto: {
      positionId: string;
      positionTitle: string;
      positionType: string;
      unitId: string;
      unitName: string;
      agencyId: string;
      agencyName: string;
      regionCode: string | null;
      regionName: string | null;
    };
    EmployeeSummaryDto: {
      nip: string;
      name: string;
      rank: string;
      status: string;
      positionId: string;
      agencyId: string;
    };
    PositionGapDto: {
      positionId: string;
      title: string;
      unitId: string;
      unitName: string;
      agencyId: string;
      /** @description Staff the workload analysis (ABK) needs */
      required: number;
      /** @description Staff in post */
      actual: number;
      /** @description actual − required: below zero is a shortage */
      gap: number;
    };
    UnitWorkloadYearDto: {
      /** @example 2026 */
      year: number;
      /**
       * @description The staff is counted at the end of the year: today’s staff with the executed transfers since put back
       * @example 2026-12-31
       */
      measuredOn: string;
      /** @description Positions of the unit with a figure for the year */
      measuredPositions: number;
      annualWorkloadMinutes: number;
      /** @description Staff the ABK needs (Σ rounded per position) */
      required: number;
      /** @description Staff in post in the measured positions at the year’s end */
      actual: number;
      /** @description actual − required: below zero is a shortage */
      gap: number;
      /** @description EJ, two decimals; null with nobody in post */
      efficiency: number | null;
      /** @enum {string|null} */
      band: 'A' | 'B' | 'C' | 'D' | 'E' | null;
    };
    UnitMoveDto: {
      /** Format: uuid */
      transferId: string;
      /** @example 2026-03-02 */
      effectiveDate: string;
      /** @enum {string} */
      direction: 'in' | 'out';
      /** @description The unit’s position the person came into or left */
      positionId: string;
      otherPositionId: string;
      otherUnitId: string | null;
    };
    MovesBetweenDto: {
      fromYear: number;
      toYear: number;
      movedIn: number;
      movedOut: number;
      /** @description Executed transfers effective after fromYear’s end, up to toYear’s */
      moves: components['schemas']['UnitMoveDto'][];
    };
    UnitWorkloadHistoryDto: {
      unitId: string;
      unitName: string;
      agencyId: string;
      effectiveMinutesPerYear: number;
      /** @description Oldest year first */
      years: components['schemas']['UnitWorkloadYearDto'][];
      /** @description One entry per pair of consecutive years */
      movesBetween: components['schemas']['MovesBetweenDto'][];
    };
    EvaluationSummaryRowDto: {
      agencyId: string;
      /** @description the reason given in the proposal */
      reason: string;
      /** @description evaluated moves out of or into the agency */
      evaluated: number;
      /** @description the agency’s units of those moves that the forecast put in band C */
      unitsForecastInBandC: number;
      /** @description the agency’s units of those moves measured in band C at the evaluation */
      unitsEndedInBandC: number;
      /** @description moves whose forecast brought a unit nearer to band C (or kept it inside) */
      promised: number;
      /** @description promised moves whose every promised unit was measured nearer to band C too */
      kept: number;
      /** @description kept / promised, three decimals; null when none promised */
      keptShare: number | null;
      averagePerformanceScore: number | null;
      /** @description evaluated moves that recorded training needs */
      withTrainingNeeds: number;
      /** @description of those, the moves whose evaluation says the training took place */
      trainingCompleted: number;
    };
    EvaluationSummaryDto: {
      from: string | null;
      to: string | null;
      items: components['schemas']['EvaluationSummaryRowDto'][];
    };
    TrainingNeedDto: {
      /** @enum {string} */
      code: 'TRAINING_EDUCATION_FIELD' | 'TRAINING_RANK_BELOW_MINIMUM' | 'TRAINING_FUNCTIONAL_FAMILY';
      /** @description Indonesian / English */
      message: string;
      details: {
        [key: string]: string;
      };
    };
    TrainingNeedsItemDto: {
      transferId: string;
      employeeNip: string;
      employeeName: string;
      /** @description the agency the employee moved into */
      agencyId: string;
      targetPositionId: string;
      targetPositionTitle: string;
      effectiveDate: string;
      needs: components['schemas']['TrainingNeedDto'][];
      /** @enum {string} */
      status: 'open' | 'completed';
      evaluatedAt: string | null;
    };
    TrainingNeedsDto: {
      items: components['schemas']['TrainingNeedsItemDto'][];
    };
    AttachmentDto: {
      /**
       * @description The checklist item the document fills (a code of the proposal’s document checklist) or `other`; left out, it is `other`
       * @example persetujuan_melepas
       */
      type?: string;
      /** @example nota-usul.pdf */
      name: string;
      /**
       * @description sha256 of the document, hex, as POST /documents answered
       * @example aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
       */
      sha256: string;
    };
    TemporaryAssignmentDto: {
      /**
       * @description The day the assignment ends and the employee returns to the home position, YYYY-MM-DD, after the effective date
       * @example 2027-04-01
       */
      endDate: string;
    };
    MinisterialApprovalDto: {
      /**
       * @description Number of the approval letter
       * @example 100.2.2.6/1234/OTDA
       */
      number: string;
      /**
       * @description Date of the approval letter, YYYY-MM-DD
       * @example 2026-11-02
       */
      date: string;
    };
    ProposeTransferDto: {
      /** @example 199011082014031006 */
      employeeNip: string;
      /** @example P000236 */
      targetPositionId: string;
      /** @example Kebutuhan organisasi sesuai analisis beban kerja */
      reason: string;
      /**
       * @description Requested effective date (TMT), YYYY-MM-DD
       * @example 2027-01-01
       */
      requestedEffectiveDate: string;
      attachments?: components['schemas']['AttachmentDto'][];
      /** @description The employee follows their spouse: the checklist asks for the spouse’s work letter */
      followsSpouse?: boolean;
      /** @description A temporary assignment: the employee works in the target unit until the end date, then returns home automatically */
      temporary?: components['schemas']['TemporaryAssignmentDto'];
      /** @description The written approval that lifts ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_POST_INAUGURATION_BLACKOUT and ELIGIBILITY_JPT_TWO_YEAR_LOCK (they become warnings); the decree must then confirm it */
      ministerialApproval?: components['schemas']['MinisterialApprovalDto'] | null;
    };
    EligibilityItemDto: {
      code: string;
      /** @enum {string} */
      level: 'blocking' | 'warning';
      message: string;
      details: {
        [key: string]: unknown;
      };
    };
    ChainTaskDto: {
      id: string;
      type: string;
      chainRole: string;
      side: string;
      purpose: string;
      positionIds: string[];
      required: number;
      dueInWorkingDays: number;
    };
    ChainStageDto: {
      index: number;
      dueInWorkingDays: number;
      tasks: components['schemas']['ChainTaskDto'][];
    };
    DocumentNameDto: {
      id: string;
      en: string;
    };
    ChecklistItemDto: {
      /** @example persetujuan_melepas */
      code: string;
      name: components['schemas']['DocumentNameDto'];
      /**
       * @description propose, execute, evaluate or decide:<chain role>
       * @example propose
       */
      step: string;
      /**
       * @description blocking: the step is refused while it is missing
       * @enum {string}
       */
      level: 'blocking' | 'recommended';
      present: boolean;
      /** @description the documents that fill it; open each at GET /documents/{sha256} */
      sha256s: string[];
    };
    UnitWorkloadDto: {
      unitId: string;
      required: number;
      actual: number;
      efficiency: number | null;
      band: string | null;
    };
    WorkloadDto: {
      origin: components['schemas']['UnitWorkloadDto'] | null;
      target: components['schemas']['UnitWorkloadDto'] | null;
    };
    PositionWorkloadDto: {
      positionId: string;
      required: number;
      actual: number;
    };
    UnitImpactDto: {
      unitId: string;
      required: number;
      actualBefore: number;
      actualAfter: number;
      gapBefore: number;
      gapAfter: number;
      efficiencyBefore: number | null;
      bandBefore: string | null;
    };
    WorkloadImpactDto: {
      origin: components['schemas']['UnitImpactDto'] | null;
      target: components['schemas']['UnitImpactDto'] | null;
    };
    TransferPreviewDto: {
      kind: string;
      eligible: boolean;
      eligibility: components['schemas']['EligibilityItemDto'][];
      chain: components['schemas']['ChainStageDto'][];
      policyVersion: string;
      checklistVersion: string;
      /** @description what the checklist asks for, present or missing given the attachments sent */
      checklist: components['schemas']['ChecklistItemDto'][];
      workload: components['schemas']['WorkloadDto'];
      targetPositionWorkload: components['schemas']['PositionWorkloadDto'] | null;
      impact: components['schemas']['WorkloadImpactDto'];
    };
    CommandResult: {
      /** Format: uuid */
      id: string;
      /** @description Stream version after the command; send it as If-Match on the next command */
      version: number;
      /** @description Global log position of the last event; pass as ?minPosition= to read your write */
      position: string;
    };
    ConflictDeclarationDto: {
      /**
       * @description true states: "Saya menyatakan tidak memiliki hubungan keluarga atau kepentingan pribadi dengan pegawai yang dimutasi maupun dalam mutasi ini (PP 11/2017 Pasal 190 ayat (5))." (I declare that I have no family relationship with, or personal interest in, the employee concerned or this transfer (PP 11/2017 Art. 190(5)).); false is refused with CONFLICT_DECLARATION_REQUIRED
       * @example true
       */
      noConflictOfInterest: boolean;
    };
    DecideTaskDto: {
      /**
       * @description The task id from the proposal detail or the inbox
       * @example s1-t1
       */
      taskId: string;
      /**
       * @description approve|reject|return on an approval; consent|objection on the hearing; recommended|not_recommended on a consultation
       * @enum {string}
       */
      decision: 'approve' | 'reject' | 'return' | 'consent' | 'objection' | 'recommended' | 'not_recommended';
      /** @description Required for reject, return, objection and not_recommended; at most 2,000 characters */
      reason?: string;
      /** @description Username of the official you act for under a standing delegation */
      onBehalfOf?: string;
      /** @description The decider’s declaration of no family or personal interest in the move (PP 11/2017 Ps 190(5)), recorded with the decision. Required on approvals, committees and consultations (422 CONFLICT_DECLARATION_REQUIRED when missing or false); not asked on the hearing. */
      declaration?: components['schemas']['ConflictDeclarationDto'];
      /** @description Documents uploaded with POST /documents */
      documents?: components['schemas']['AttachmentDto'][];
    };
    DeclareConflictDto: {
      /**
       * @description The open task you hold and cannot decide
       * @example s1-t1
       */
      taskId: string;
      /**
       * @description The family relationship or personal interest; recorded in the history
       * @example Pegawai yang diusulkan adalah adik kandung saya
       */
      reason: string;
    };
    RecordHearingDto: {
      /**
       * @description The open hearing task of the proposal
       * @example s0-t1
       */
      taskId: string;
      /**
       * @description What the employee answered on the signed form
       * @enum {string}
       */
      answer: 'consent' | 'objection';
      /** @description The employee’s reason, required for an objection; at most 2,000 characters */
      reason?: string;
      /**
       * @description sha256 (hex) of the scanned signed form
       * @example cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
       */
      formSha256: string;
      /**
       * @description The day the employee signed (Jakarta); today by default
       * @example 2026-11-23
       */
      answeredOn?: string;
    };
    ReviseProposalDto: {
      /** @example P000236 */
      targetPositionId?: string;
      reason?: string;
      /** @example 2027-02-01 */
      requestedEffectiveDate?: string;
      attachments?: components['schemas']['AttachmentDto'][];
      /** @description The employee follows their spouse */
      followsSpouse?: boolean;
      /** @description A temporary assignment: the employee works in the target unit until the end date, then returns home automatically; null makes the proposal a permanent transfer */
      temporary?: components['schemas']['TemporaryAssignmentDto'] | null;
      /** @description The written approval that lifts ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_POST_INAUGURATION_BLACKOUT and ELIGIBILITY_JPT_TWO_YEAR_LOCK (they become warnings); the decree must then confirm it */
      ministerialApproval?: components['schemas']['MinisterialApprovalDto'] | null;
    };
    WithdrawProposalDto: {
      /** @example Pegawai mengundurkan diri dari usulan */
      reason: string;
    };
    ExecuteTransferDto: {
      /**
       * @description Decree (SK) number
       * @example 800/123/BKD/2026
       */
      decreeNumber: string;
      /**
       * @description Decree date, YYYY-MM-DD
       * @example 2026-12-01
       */
      decreeDate: string;
      /**
       * @description Effective date (TMT), YYYY-MM-DD (Asia/Jakarta)
       * @example 2027-01-01
       */
      effectiveDate: string;
      /** @description Documents uploaded with POST /documents */
      documents?: components['schemas']['AttachmentDto'][];
      /** @description The issuer checked the ministerial approval letter the proposal carries; required then (MINISTERIAL_APPROVAL_UNCONFIRMED) */
      ministerialApprovalConfirmed?: boolean;
    };
    ExecutionRefusal: {
      code: string;
      message: string;
    };
    ExecuteTransferResult: {
      /** Format: uuid */
      id: string;
      /** @description Stream version after the command; send it as If-Match on the next command */
      version: number;
      /** @description Global log position of the last event; pass as ?minPosition= to read your write */
      position: string;
      /** @enum {string} */
      status: 'DECREE_ISSUED' | 'EXECUTED';
      /** @description The effective date the execution is scheduled for, when it lies ahead */
      scheduledFor?: Record<string, never>;
      /** @description Why execution on the effective date was refused */
      executionRefused?: components['schemas']['ExecutionRefusal'];
    };
    EvaluateTransferDto: {
      /** @example 85 */
      performanceScore: number;
      /**
       * @description The performance predicate (predikat kinerja, PermenPANRB 6/2022) in the new post
       * @enum {string}
       */
      performanceRating?: 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang';
      /** @enum {string} */
      adaptation: 'good' | 'fair' | 'poor';
      notes?: string;
      /** @description Whether the training needs recorded at the proposal were met; required (TRAINING_COMPLETION_REQUIRED) when it has any */
      trainingCompleted?: boolean;
      /** @description Documents uploaded with POST /documents */
      documents?: components['schemas']['AttachmentDto'][];
    };
    ExtendAssignmentDto: {
      /** @example Kebutuhan tenaga administrasi berlanjut */
      reason: string;
      /** @example 800/123/BKPSDM/2027 */
      decreeNumber: string;
      /**
       * @description YYYY-MM-DD
       * @example 2027-03-15
       */
      decreeDate: string;
      /**
       * @description The new end date, after the current one, YYYY-MM-DD
       * @example 2027-07-01
       */
      endDate: string;
    };
    AssignmentDecreeDto: {
      /** @example Kebutuhan tenaga administrasi berlanjut */
      reason: string;
      /** @example 800/123/BKPSDM/2027 */
      decreeNumber: string;
      /**
       * @description YYYY-MM-DD
       * @example 2027-03-15
       */
      decreeDate: string;
    };
    DelegateDto: {
      /**
       * @description Username of the user who acts for you
       * @example sekretaris-daerah-p000207
       */
      delegateUserId: string;
      /**
       * @description First day (Jakarta), YYYY-MM-DD
       * @example 2026-11-23
       */
      from: string;
      /**
       * @description Last day (Jakarta), YYYY-MM-DD
       * @example 2026-12-05
       */
      to: string;
    };
    DelegationResponse: {
      /** Format: uuid */
      id: string;
      delegatorUserId: string;
      delegateUserId: string;
      positionIds: string[];
      from: string;
      to: string;
    };
    DelegationEndedResponse: {
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      endedAt: string;
    };
    StandingDelegationsDto: {
      items: components['schemas']['DelegationResponse'][];
    };
    TransferListItemDto: {
      id: string;
      version: number;
      status: string;
      kind: string;
      employeeNip: string;
      employeeName: string;
      originPositionId: string;
      targetPositionId: string;
      originAgencyId: string;
      targetAgencyId: string;
      requestedEffectiveDate: string;
      /** @description A temporary assignment’s end date */
      temporaryEndDate: string | null;
      proposedAt: string;
      updatedAt: string;
    };
    TransferListPageDto: {
      items: components['schemas']['TransferListItemDto'][];
      nextCursor: string | null;
    };
    AssignmentExtensionDto: {
      reason: string;
      decreeNumber: string;
      decreeDate: string;
      byUserId: string;
      at: string;
      previousEndDate: string;
      endDate: string;
    };
    AssignmentChangeDto: {
      reason: string;
      decreeNumber: string;
      decreeDate: string;
      byUserId: string;
      at: string;
    };
    AssignmentReturnDto: {
      effectiveDate: string;
      byUserId: string;
      at: string;
    };
    TemporaryAssignmentViewDto: {
      /**
       * @description planned before execution; away in the host unit; returned home; converted to a permanent transfer
       * @enum {string}
       */
      phase: 'planned' | 'away' | 'returned' | 'converted';
      /** @description The end date now (extensions move it): the day of the automatic return */
      endDate: string;
      proposedEndDate: string;
      /** @description The home position kept for the employee */
      homePositionId: string;
      extensions: components['schemas']['AssignmentExtensionDto'][];
      conversion: components['schemas']['AssignmentChangeDto'] | null;
      returned: components['schemas']['AssignmentReturnDto'] | null;
    };
    MinisterialApprovalViewDto: {
      number: string;
      date: string;
    };
    RecordedDocumentDto: {
      /** @description the checklist code it fills, or other */
      type: string;
      name: string;
      sha256: string;
      /** @description propose, execute, evaluate or decide:<chain role> */
      step: string;
      revision: number;
      at: string;
      byUserId: string;
    };
    ObjectionDto: {
      reason: string | null;
      at: string;
    };
    ConflictDeclarationViewDto: {
      /** @enum {boolean} */
      noConflictOfInterest: true;
      /** @description The text the decider stated, as recorded with the decision */
      statement: string;
    };
    TaskDecisionDto: {
      actorId: string;
      onBehalfOf: string | null;
      decision: string;
      reason: string | null;
      at: string;
      viaPositionId: string | null;
      /** @description The declaration of no conflict of interest; null on the hearing and on decisions made before it was asked */
      declaration: components['schemas']['ConflictDeclarationViewDto'] | null;
    };
    TaskDelegationDto: {
      delegatorUserId: string;
      delegatorPositionId: string;
      delegateUserId: string;
      from: string | null;
      to: string | null;
      at: string;
    };
    TaskViewDto: {
      id: string;
      /** @enum {string} */
      type: 'hearing' | 'consultation' | 'approval';
      chainRole: string;
      /** @enum {string} */
      side: 'origin' | 'target' | 'national';
      purpose: string;
      positionIds: string[];
      required: number;
      status: string;
      decisions: components['schemas']['TaskDecisionDto'][];
      delegations: components['schemas']['TaskDelegationDto'][];
      escalatedFrom: string[];
    };
    StageViewDto: {
      index: number;
      status: string;
      openedAt: string | null;
      dueAt: string | null;
      tasks: components['schemas']['TaskViewDto'][];
    };
    RecusalDto: {
      /** @description Who declared the conflict; they decide nothing on the proposal afterwards */
      userId: string;
      revision: number;
      stageIndex: number;
      taskId: string;
      viaPositionId: string;
      fromChainRole: string;
      /** @description The superior chain role the task went to */
      toChainRole: string;
      reason: string;
      at: string;
    };
    ProposerDto: {
      userId: string;
      role: string;
    };
    ClosingDto: {
      byUserId: string;
      reason: string | null;
      at: string;
    };
    DecreeDto: {
      decreeNumber: string;
      decreeDate: string;
      effectiveDate: string;
      issuedByUserId: string;
      issuedAt: string;
    };
    ExecutionDto: {
      executedAt: string;
      executedByUserId: string;
      effectiveDate: string;
    };
    EvaluationDto: {
      performanceScore: number;
      /** @enum {string|null} */
      performanceRating: 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang' | null;
      /** @description null when the proposal recorded no training need */
      trainingCompleted: boolean | null;
      /** @description both units' workload measured at the evaluation */
      workloadNow: components['schemas']['WorkloadDto'];
      /** @enum {string} */
      adaptation: 'good' | 'fair' | 'poor';
      notes: string;
      evaluatedByUserId: string;
      evaluatedAt: string;
    };
    TransferViewDto: {
      id: string;
      version: number;
      status: string;
      kind: string;
      revision: number;
      employeeNip: string;
      employeeName: string;
      originPositionId: string;
      targetPositionId: string;
      originUnitId: string;
      targetUnitId: string;
      originAgencyId: string;
      targetAgencyId: string;
      requestedEffectiveDate: string;
      reason: string;
      attachments: components['schemas']['AttachmentDto'][];
      followsSpouse: boolean;
      /** @description null for a permanent transfer */
      temporary: components['schemas']['TemporaryAssignmentViewDto'] | null;
      /** @description The written approval the proposal carries; the decree must confirm it */
      ministerialApproval: components['schemas']['MinisterialApprovalViewDto'] | null;
      policyVersion: string;
      checklistVersion: string | null;
      /** @description empty for proposals made before checklists */
      checklist: components['schemas']['ChecklistItemDto'][];
      /** @description every document any step referred to */
      documents: components['schemas']['RecordedDocumentDto'][];
      eligibility: components['schemas']['EligibilityItemDto'][];
      objection: components['schemas']['ObjectionDto'] | null;
      currentStageIndex: number | null;
      stages: components['schemas']['StageViewDto'][];
      /** @description conflicts of interest declared on the proposal, in every revision */
      recusals: components['schemas']['RecusalDto'][];
      workload: components['schemas']['WorkloadDto'];
      targetPositionWorkload: components['schemas']['PositionWorkloadDto'] | null;
      /** @description both units' workload after the move, as forecast when proposed; null for proposals made before forecasts */
      workloadForecast: components['schemas']['WorkloadDto'] | null;
      /** @description the competence gaps training is to close */
      trainingNeeds: components['schemas']['TrainingNeedDto'][];
      proposer: components['schemas']['ProposerDto'];
      proposedAt: string;
      revisedAt: string | null;
      returned: components['schemas']['ClosingDto'] | null;
      rejected: components['schemas']['ClosingDto'] | null;
      withdrawn: components['schemas']['ClosingDto'] | null;
      approvedAt: string | null;
      decree: components['schemas']['DecreeDto'] | null;
      execution: components['schemas']['ExecutionDto'] | null;
      evaluation: components['schemas']['EvaluationDto'] | null;
    };
    InboxItemDto: {
      transferId: string;
      taskId: string;
      /** @enum {string} */
      type: 'hearing' | 'consultation' | 'approval';
      chainRole: string;
      stageIndex: number;
      positionIds: string[];
      employeeNip: string;
      employeeName: string;
      dueAt: string | null;
      onBehalfOf: string | null;
      originAgencyId: string;
      targetAgencyId: string;
      originPositionId: string;
      targetPositionId: string;
    };
    InboxDto: {
      items: components['schemas']['InboxItemDto'][];
      /** @description cursor of the next page; null on the last */
      nextCursor: string | null;
      /** @description open tasks the filters keep, over every page */
      openCount: number;
      /** @description of those, the ones past their due date */
      overdueCount: number;
    };
    HistoryEntryDto: {
      version: number;
      position: string;
      eventId: string;
      type: string;
      recordedAt: string;
      actorId: string;
      actorRole: string;
      onBehalfOf: string | null;
      correlationId: string;
      causationId: string | null;
      reason: string | null;
      prevHash: string;
      hash: string;
      data: {
        [key: string]: unknown;
      };
    };
    TransferHistoryDto: {
      transferId: string;
      events: components['schemas']['HistoryEntryDto'][];
    };
    NotificationLogEntryDto: {
      id: string;
      eventId: string;
      /** @example StageOpened */
      eventType: string;
      transferId: string;
      /** @example task-assigned */
      template: string;
      /** @description Email address (lower case) */
      recipient: string;
      recipientUsername: string | null;
      recipientName: string;
      /** @enum {string} */
      language: 'id' | 'en';
      /** @enum {string} */
      status: 'scheduled' | 'pending' | 'queued' | 'sent' | 'failed' | 'cancelled';
      /** @description Sending attempts so far */
      attempts: number;
      lastError: string | null;
      /** @description Message-ID accepted by the SMTP server */
      messageId: string | null;
      createdAt: string;
      /** @description When a reminder falls due */
      sendAt: string | null;
      queuedAt: string | null;
      lastAttemptAt: string | null;
      sentAt: string | null;
      failedAt: string | null;
    };
    NotificationLogPageDto: {
      items: components['schemas']['NotificationLogEntryDto'][];
      nextCursor: string | null;
    };
    StoredDocumentResult: {
      /**
       * @description sha256 of the content, hex; refer to it in attachments
       * @example aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
       */
      sha256: string;
      /**
       * @description bytes
       * @example 183204
       */
      size: number;
      /**
       * @description as found in the content, whatever the name says
       * @enum {string}
       */
      mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
      /** @description false when a document with this hash was stored already (it is kept once) */
      created: boolean;
    };
    PlanScopeDto: {
      /**
       * @example province
       * @enum {string}
       */
      kind: 'agency' | 'region' | 'province';
      /**
       * @description Agency id, region code (99.02) or province code (99)
       * @example 99
       */
      id: string;
    };
    PlanParametersDto: {
      /**
       * @description The most moves out of one unit
       * @default 10
       */
      maxMovesPerUnit: number;
      /**
       * @description Never take a position below its need (move only a surplus)
       * @default true
       */
      keepNeed: boolean;
      /**
       * @description Moves between agencies allowed
       * @default true
       */
      allowInterAgency: boolean;
      /**
       * @description Moves between provinces allowed
       * @default false
       */
      allowInterProvince: boolean;
      /**
       * @description Bonus for granting an employee's first wish, in staff of gap (second ⅔, third ⅓)
       * @default 0.5
       */
      wishWeight: number;
      /**
       * @description Only employees who stated a wish may move
       * @default false
       */
      aspirantsOnly: boolean;
      /**
       * @description Effective date (TMT) the proposals request, YYYY-MM-DD, after today; default the first of the month after 30 days
       * @example 2027-02-01
       */
      requestedEffectiveDate?: string;
    };
    PlanRequestDto: {
      scope: components['schemas']['PlanScopeDto'];
      parameters?: components['schemas']['PlanParametersDto'];
    };
    RejectPlanDto: {
      reason: string;
    };
    WishDto: {
      /** @example U000057 */
      unitId?: string;
      /** @example P000236 */
      positionId?: string;
      /** @example Mengikuti suami yang bertugas di Kota Lestari */
      reason: string;
    };
    /** @description RFC 9457 problem details; `code` is stable, `detail` is Indonesian / English */
    Problem: {
      /** Format: uri */
      type: string;
      title: string;
      status: number;
      code: string;
      detail: string;
      instance?: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, REDIS_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'REDIS_UNAVAILABLE';
          };
        };
      };
    };
  };
  HealthController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_CREDENTIALS */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CREDENTIALS';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: TOO_MANY_LOGIN_ATTEMPTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TOO_MANY_LOGIN_ATTEMPTS';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: {
        /** @description `session` (default) ends this token’s session; `everywhere` every session of the user */
        scope?: 'session' | 'everywhere';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthUserDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  BrowserSessionController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrowserSessionDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_CREDENTIALS */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CREDENTIALS';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: TOO_MANY_LOGIN_ATTEMPTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TOO_MANY_LOGIN_ATTEMPTS';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  BrowserSessionController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeResponse'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: USER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'USER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountChangeResponse'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: USER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'USER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ImportsController_import: {
    parameters: {
      query?: {
        partial?: boolean;
      };
      header?: never;
      path: {
        kind: 'regions' | 'agencies' | 'units' | 'positions' | 'employees' | 'users' | 'workload' | 'region-calendars';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, EMPTY_FILE, INVALID_CHARACTER, INVALID_HEADER, JSON_TOO_DEEP, MALFORMED_CSV, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'EMPTY_FILE'
              | 'INVALID_CHARACTER'
              | 'INVALID_HEADER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_CSV'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, IMPORT_NOT_ALLOWED, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'IMPORT_NOT_ALLOWED' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: UNKNOWN_IMPORT_KIND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNKNOWN_IMPORT_KIND';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: IMPORT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IMPORT_REJECTED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_regions: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        parentCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_agencies: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        regionCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyPageDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_units: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitPageDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_positions: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        agencyId?: string;
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_chainRoleHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_POSITION_ID, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_POSITION_ID' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: POSITION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'POSITION_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_places: {
    parameters: {
      query: {
        /** @description Comma-separated position ids (at most 100) */
        positionIds: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceDto'][];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_searchEmployees: {
    parameters: {
      query?: {
        /** @description Start of a NIP, or part of a name */
        q?: string;
        /** @description Only employees of this unit and its sub-units */
        unitId?: string;
        agencyId?: string;
        limit?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmployeeSummaryDto'][];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_employees: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        agencyId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  MasterDataController_employee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nip: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WorkloadController_units: {
    parameters: {
      query?: {
        agencyId?: string;
        /** @description A province code includes its regencies and cities */
        regionCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WorkloadController_positions: {
    parameters: {
      query?: {
        agencyId?: string;
        /** @description A province code includes its regencies and cities */
        regionCode?: string;
        unitId?: string;
        /** @description Only positions short of staff (gap < 0) */
        shortageOnly?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PositionGapDto'][];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WorkloadController_summary: {
    parameters: {
      query?: {
        agencyId?: string;
        /** @description A province code includes its regencies and cities */
        regionCode?: string;
        /** @description An ABK year (2000 to next year): that year’s figures against the staff in post at its end. Without it, each position’s latest figure against the staff now. */
        year?: number;
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the placements read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: ABK_YEAR_OUT_OF_RANGE, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ABK_YEAR_OUT_OF_RANGE' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  WorkloadController_history: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitWorkloadHistoryDto'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: UNIT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNIT_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  EvaluationsController_summary: {
    parameters: {
      query?: {
        /** @description One agency; without it, every agency of the caller’s scope */
        agencyId?: string;
        /** @description Evaluations recorded on or after this day (Jakarta) */
        from?: string;
        /** @description Evaluations recorded on or before this day (Jakarta) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluationSummaryDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, INVALID_DATE, INVALID_DATE_RANGE, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'INVALID_DATE' | 'INVALID_DATE_RANGE' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EvaluationsController_trainingNeeds: {
    parameters: {
      query?: {
        /** @description The agency the employees moved into; without it, every agency of your scope */
        agencyId?: string;
        status?: 'open' | 'completed' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrainingNeedsDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProposeTransferController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferPreviewDto'];
        };
      };
      /** @description Problem: ASSIGNMENT_END_DATE_INVALID, INVALID_ATTACHMENT, INVALID_CHARACTER, INVALID_DATE, JSON_TOO_DEEP, MALFORMED_JSON, MINISTERIAL_APPROVAL_INVALID, ORIGIN_POSITION_MISMATCH, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_END_DATE_INVALID'
              | 'INVALID_ATTACHMENT'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'MINISTERIAL_APPROVAL_INVALID'
              | 'ORIGIN_POSITION_MISMATCH'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND, POSITION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND' | 'POSITION_NOT_FOUND';
          };
        };
      };
      /** @description Problem: OPEN_PROPOSAL_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OPEN_PROPOSAL_EXISTS';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_TOO_LONG, CHAIN_ROLE_UNRESOLVED, EFFECTIVE_DATE_BEYOND_HORIZON, EFFECTIVE_DATE_IN_PAST, ELIGIBILITY_DISCIPLINARY, ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_JPT_TWO_YEAR_LOCK, ELIGIBILITY_NOT_PNS, ELIGIBILITY_NO_SHORTAGE, ELIGIBILITY_PERFORMANCE, ELIGIBILITY_POST_INAUGURATION_BLACKOUT, ELIGIBILITY_SAME_POSITION, ELIGIBILITY_SHORTAGE_CLAIMED, ELIGIBILITY_STUDY_LEAVE, ELIGIBILITY_TEN_YEAR_PLEDGE, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_TOO_LONG'
              | 'CHAIN_ROLE_UNRESOLVED'
              | 'EFFECTIVE_DATE_BEYOND_HORIZON'
              | 'EFFECTIVE_DATE_IN_PAST'
              | 'ELIGIBILITY_DISCIPLINARY'
              | 'ELIGIBILITY_ELECTION_BLACKOUT'
              | 'ELIGIBILITY_JPT_TWO_YEAR_LOCK'
              | 'ELIGIBILITY_NOT_PNS'
              | 'ELIGIBILITY_NO_SHORTAGE'
              | 'ELIGIBILITY_PERFORMANCE'
              | 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT'
              | 'ELIGIBILITY_SAME_POSITION'
              | 'ELIGIBILITY_SHORTAGE_CLAIMED'
              | 'ELIGIBILITY_STUDY_LEAVE'
              | 'ELIGIBILITY_TEN_YEAR_PLEDGE'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferQueriesController_list: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?:
          | 'PROPOSED'
          | 'IN_CONSULTATION'
          | 'IN_APPROVAL'
          | 'RETURNED'
          | 'APPROVED'
          | 'REJECTED'
          | 'WITHDRAWN'
          | 'DECREE_ISSUED'
          | 'EXECUTED'
          | 'EVALUATED';
        /** @description Origin or target agency */
        agencyId?: string;
        employeeNip?: string;
        /** @description Kind of transfer (A–H) */
        kind?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';
        /** @description Only proposals with an open task past its due date */
        overdue?: 'true';
        /** @description Wait until the read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferListPageDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, INVALID_CURSOR, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'INVALID_CURSOR' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  ProposeTransferController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProposeTransferDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: ASSIGNMENT_END_DATE_INVALID, IDEMPOTENCY_KEY_INVALID, INVALID_ATTACHMENT, INVALID_CHARACTER, INVALID_DATE, JSON_TOO_DEEP, MALFORMED_JSON, MINISTERIAL_APPROVAL_INVALID, ORIGIN_POSITION_MISMATCH, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_END_DATE_INVALID'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'INVALID_ATTACHMENT'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'MINISTERIAL_APPROVAL_INVALID'
              | 'ORIGIN_POSITION_MISMATCH'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND, POSITION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND' | 'POSITION_NOT_FOUND';
          };
        };
      };
      /** @description Problem: OPEN_PROPOSAL_EXISTS, TRANSFER_ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OPEN_PROPOSAL_EXISTS' | 'TRANSFER_ALREADY_EXISTS';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_TOO_LONG, CHAIN_ROLE_UNRESOLVED, DOCUMENT_NOT_FOUND, EFFECTIVE_DATE_BEYOND_HORIZON, EFFECTIVE_DATE_IN_PAST, ELIGIBILITY_DISCIPLINARY, ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_JPT_TWO_YEAR_LOCK, ELIGIBILITY_NOT_PNS, ELIGIBILITY_NO_SHORTAGE, ELIGIBILITY_PERFORMANCE, ELIGIBILITY_POST_INAUGURATION_BLACKOUT, ELIGIBILITY_SAME_POSITION, ELIGIBILITY_SHORTAGE_CLAIMED, ELIGIBILITY_STUDY_LEAVE, ELIGIBILITY_TEN_YEAR_PLEDGE, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_TOO_LONG'
              | 'CHAIN_ROLE_UNRESOLVED'
              | 'DOCUMENT_NOT_FOUND'
              | 'EFFECTIVE_DATE_BEYOND_HORIZON'
              | 'EFFECTIVE_DATE_IN_PAST'
              | 'ELIGIBILITY_DISCIPLINARY'
              | 'ELIGIBILITY_ELECTION_BLACKOUT'
              | 'ELIGIBILITY_JPT_TWO_YEAR_LOCK'
              | 'ELIGIBILITY_NOT_PNS'
              | 'ELIGIBILITY_NO_SHORTAGE'
              | 'ELIGIBILITY_PERFORMANCE'
              | 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT'
              | 'ELIGIBILITY_SAME_POSITION'
              | 'ELIGIBILITY_SHORTAGE_CLAIMED'
              | 'ELIGIBILITY_STUDY_LEAVE'
              | 'ELIGIBILITY_TEN_YEAR_PLEDGE'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecideTaskController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CONFLICT_OF_INTEREST_DECLARED, CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED, SOD_ALREADY_DECIDED, SOD_EMPLOYEE_CANNOT_APPROVE, SOD_PROPOSER_CANNOT_DECIDE, TASK_NOT_ASSIGNED_TO_YOU */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CONFLICT_OF_INTEREST_DECLARED'
              | 'CSRF_TOKEN_INVALID'
              | 'OUT_OF_SCOPE'
              | 'ROLE_REQUIRED'
              | 'SOD_ALREADY_DECIDED'
              | 'SOD_EMPLOYEE_CANNOT_APPROVE'
              | 'SOD_PROPOSER_CANNOT_DECIDE'
              | 'TASK_NOT_ASSIGNED_TO_YOU';
          };
        };
      };
      /** @description Problem: TASK_NOT_FOUND, TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TASK_NOT_FOUND' | 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION, TASK_NOT_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION' | 'TASK_NOT_OPEN';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: CHAIN_ROLE_UNRESOLVED, CONFLICT_DECLARATION_REQUIRED, DECISION_NOT_ALLOWED_FOR_TASK, DOCUMENT_MISSING, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CHAIN_ROLE_UNRESOLVED'
              | 'CONFLICT_DECLARATION_REQUIRED'
              | 'DECISION_NOT_ALLOWED_FOR_TASK'
              | 'DOCUMENT_MISSING'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeclareConflictController_declare: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareConflictDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CONFLICT_OF_INTEREST_DECLARED, CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED, SOD_ALREADY_DECIDED, SOD_EMPLOYEE_CANNOT_APPROVE, SOD_PROPOSER_CANNOT_DECIDE, TASK_NOT_ASSIGNED_TO_YOU */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CONFLICT_OF_INTEREST_DECLARED'
              | 'CSRF_TOKEN_INVALID'
              | 'OUT_OF_SCOPE'
              | 'ROLE_REQUIRED'
              | 'SOD_ALREADY_DECIDED'
              | 'SOD_EMPLOYEE_CANNOT_APPROVE'
              | 'SOD_PROPOSER_CANNOT_DECIDE'
              | 'TASK_NOT_ASSIGNED_TO_YOU';
          };
        };
      };
      /** @description Problem: TASK_NOT_FOUND, TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TASK_NOT_FOUND' | 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION, TASK_NOT_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION' | 'TASK_NOT_OPEN';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: CHAIN_ROLE_UNRESOLVED, CONFLICT_NO_SUPERIOR_ROLE, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CHAIN_ROLE_UNRESOLVED'
              | 'CONFLICT_NO_SUPERIOR_ROLE'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  RecordHearingController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordHearingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, HEARING_DATE_INVALID, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_FORM_HASH, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'HEARING_DATE_INVALID'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_FORM_HASH'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED, SOD_PROPOSER_CANNOT_DECIDE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED' | 'SOD_PROPOSER_CANNOT_DECIDE';
          };
        };
      };
      /** @description Problem: TASK_NOT_FOUND, TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TASK_NOT_FOUND' | 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION, TASK_NOT_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION' | 'TASK_NOT_OPEN';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: DECISION_NOT_ALLOWED_FOR_TASK, DOCUMENT_NOT_FOUND, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DECISION_NOT_ALLOWED_FOR_TASK' | 'DOCUMENT_NOT_FOUND' | 'IDEMPOTENCY_KEY_REUSED' | 'REASON_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviseProposalController_revise: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviseProposalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: ASSIGNMENT_END_DATE_INVALID, BAD_URL, EMPLOYEE_MISMATCH, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_ATTACHMENT, INVALID_CHARACTER, INVALID_DATE, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, MINISTERIAL_APPROVAL_INVALID, ORIGIN_POSITION_MISMATCH, POLICY_MISMATCH, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_END_DATE_INVALID'
              | 'BAD_URL'
              | 'EMPLOYEE_MISMATCH'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_ATTACHMENT'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'MINISTERIAL_APPROVAL_INVALID'
              | 'ORIGIN_POSITION_MISMATCH'
              | 'POLICY_MISMATCH'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND, POSITION_NOT_FOUND, TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND' | 'POSITION_NOT_FOUND' | 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, OPEN_PROPOSAL_EXISTS, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'OPEN_PROPOSAL_EXISTS' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_TOO_LONG, CHAIN_ROLE_UNRESOLVED, DOCUMENT_NOT_FOUND, EFFECTIVE_DATE_BEYOND_HORIZON, EFFECTIVE_DATE_IN_PAST, ELIGIBILITY_DISCIPLINARY, ELIGIBILITY_ELECTION_BLACKOUT, ELIGIBILITY_JPT_TWO_YEAR_LOCK, ELIGIBILITY_NOT_PNS, ELIGIBILITY_NO_SHORTAGE, ELIGIBILITY_PERFORMANCE, ELIGIBILITY_POST_INAUGURATION_BLACKOUT, ELIGIBILITY_SAME_POSITION, ELIGIBILITY_SHORTAGE_CLAIMED, ELIGIBILITY_STUDY_LEAVE, ELIGIBILITY_TEN_YEAR_PLEDGE, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_TOO_LONG'
              | 'CHAIN_ROLE_UNRESOLVED'
              | 'DOCUMENT_NOT_FOUND'
              | 'EFFECTIVE_DATE_BEYOND_HORIZON'
              | 'EFFECTIVE_DATE_IN_PAST'
              | 'ELIGIBILITY_DISCIPLINARY'
              | 'ELIGIBILITY_ELECTION_BLACKOUT'
              | 'ELIGIBILITY_JPT_TWO_YEAR_LOCK'
              | 'ELIGIBILITY_NOT_PNS'
              | 'ELIGIBILITY_NO_SHORTAGE'
              | 'ELIGIBILITY_PERFORMANCE'
              | 'ELIGIBILITY_POST_INAUGURATION_BLACKOUT'
              | 'ELIGIBILITY_SAME_POSITION'
              | 'ELIGIBILITY_SHORTAGE_CLAIMED'
              | 'ELIGIBILITY_STUDY_LEAVE'
              | 'ELIGIBILITY_TEN_YEAR_PLEDGE'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  WithdrawProposalController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawProposalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IDEMPOTENCY_KEY_REUSED' | 'REASON_REQUIRED' | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ExecuteTransferController_execute: {
    parameters: {
      query?: never;
      header?: {
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExecuteTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecuteTransferResult'];
        };
      };
      /** @description Problem: ASSIGNMENT_END_DATE_INVALID, BAD_URL, DECREE_NUMBER_REQUIRED, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_DATE, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_END_DATE_INVALID'
              | 'BAD_URL'
              | 'DECREE_NUMBER_REQUIRED'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: DOCUMENT_MISSING, DOCUMENT_NOT_FOUND, EFFECTIVE_DATE_BEFORE_DECREE, EXECUTION_EMPLOYEE_INACTIVE, EXECUTION_EMPLOYEE_MOVED, EXECUTION_NO_SHORTAGE, EXECUTION_TOO_EARLY, IDEMPOTENCY_KEY_REUSED, MINISTERIAL_APPROVAL_UNCONFIRMED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'DOCUMENT_MISSING'
              | 'DOCUMENT_NOT_FOUND'
              | 'EFFECTIVE_DATE_BEFORE_DECREE'
              | 'EXECUTION_EMPLOYEE_INACTIVE'
              | 'EXECUTION_EMPLOYEE_MOVED'
              | 'EXECUTION_NO_SHORTAGE'
              | 'EXECUTION_TOO_EARLY'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'MINISTERIAL_APPROVAL_UNCONFIRMED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EvaluateTransferController_evaluate: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluateTransferDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_ADAPTATION, INVALID_CHARACTER, INVALID_PERFORMANCE_RATING, INVALID_PERFORMANCE_SCORE, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_ADAPTATION'
              | 'INVALID_CHARACTER'
              | 'INVALID_PERFORMANCE_RATING'
              | 'INVALID_PERFORMANCE_SCORE'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: EVALUATION_TOO_EARLY, IDEMPOTENCY_KEY_REUSED, NOTES_TOO_LONG, TRAINING_COMPLETION_REQUIRED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EVALUATION_TOO_EARLY' | 'IDEMPOTENCY_KEY_REUSED' | 'NOTES_TOO_LONG' | 'TRAINING_COMPLETION_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TemporaryAssignmentController_extend: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendAssignmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: ASSIGNMENT_END_DATE_INVALID, BAD_URL, DECREE_NUMBER_REQUIRED, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_DATE, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_END_DATE_INVALID'
              | 'BAD_URL'
              | 'DECREE_NUMBER_REQUIRED'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_ALREADY_ENDED, INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASSIGNMENT_ALREADY_ENDED' | 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_DECISION_TOO_LATE, ASSIGNMENT_NOT_TEMPORARY, ASSIGNMENT_TOO_LONG, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_DECISION_TOO_LATE'
              | 'ASSIGNMENT_NOT_TEMPORARY'
              | 'ASSIGNMENT_TOO_LONG'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TemporaryAssignmentController_convert: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignmentDecreeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, DECREE_NUMBER_REQUIRED, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_DATE, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'DECREE_NUMBER_REQUIRED'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_ALREADY_ENDED, INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASSIGNMENT_ALREADY_ENDED' | 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_DECISION_TOO_LATE, ASSIGNMENT_NOT_TEMPORARY, IDEMPOTENCY_KEY_REUSED, REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_DECISION_TOO_LATE'
              | 'ASSIGNMENT_NOT_TEMPORARY'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'REASON_REQUIRED'
              | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TemporaryAssignmentController_returnHome: {
    parameters: {
      query?: never;
      header?: {
        /** @description The proposal version you saw; 409 STALE_VERSION if it moved on */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, IF_MATCH_INVALID, INVALID_CHARACTER, INVALID_TRANSFER_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'IF_MATCH_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_TRANSFER_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_ALREADY_ENDED, INVALID_STATE_TRANSITION, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASSIGNMENT_ALREADY_ENDED' | 'INVALID_STATE_TRANSITION' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASSIGNMENT_EMPLOYEE_MOVED, ASSIGNMENT_NOT_TEMPORARY, ASSIGNMENT_RETURN_TOO_EARLY, IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASSIGNMENT_EMPLOYEE_MOVED'
              | 'ASSIGNMENT_NOT_TEMPORARY'
              | 'ASSIGNMENT_RETURN_TOO_EARLY'
              | 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DelegationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StandingDelegationsDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DelegateController_delegate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DelegateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationResponse'];
        };
      };
      /** @description Problem: DELEGATE_IS_SELF, IDEMPOTENCY_KEY_INVALID, INVALID_CHARACTER, INVALID_DATE, INVALID_DATE_RANGE, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'DELEGATE_IS_SELF'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_DATE'
              | 'INVALID_DATE_RANGE'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: USER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'USER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: DELEGATE_NOT_APPROVER, DELEGATE_OUT_OF_SCOPE, DELEGATION_RANGE_INVALID, IDEMPOTENCY_KEY_REUSED, NO_POSITION_TO_DELEGATE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'DELEGATE_NOT_APPROVER'
              | 'DELEGATE_OUT_OF_SCOPE'
              | 'DELEGATION_RANGE_INVALID'
              | 'IDEMPOTENCY_KEY_REUSED'
              | 'NO_POSITION_TO_DELEGATE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EndDelegationController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationEndedResponse'];
        };
      };
      /** @description Problem: BAD_URL, IDEMPOTENCY_KEY_INVALID, INVALID_CHARACTER, INVALID_DELEGATION_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'IDEMPOTENCY_KEY_INVALID'
              | 'INVALID_CHARACTER'
              | 'INVALID_DELEGATION_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: DELEGATION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DELEGATION_NOT_FOUND';
          };
        };
      };
      /** @description Problem: DELEGATION_ENDED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DELEGATION_ENDED';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: IDEMPOTENCY_KEY_REUSED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IDEMPOTENCY_KEY_REUSED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  TransferQueriesController_detail: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferViewDto'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_TRANSFER_ID, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_TRANSFER_ID' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  TransferQueriesController_inbox: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
        /** @description tasks per page */
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Only the tasks on this proposal */
        transferId?: string;
        /** @description Only tasks of this type */
        type?: 'hearing' | 'consultation' | 'approval';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, INVALID_CURSOR, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'INVALID_CURSOR' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  PlacementHistoryController_placements: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path: {
        nip: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  AuditController_history: {
    parameters: {
      query?: {
        /** @description Wait until the read model includes this log position */
        minPosition?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransferHistoryDto'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_TRANSFER_ID, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_TRANSFER_ID' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_state: {
    parameters: {
      query?: {
        /** @description Wait until the read model includes this log position */
        minPosition?: string;
        /** @description The instant to show the proposal at */
        at?: string;
        /** @description The stream version to show the proposal at */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_TRANSFER_ID, POINT_IN_TIME_REQUIRED, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_TRANSFER_ID' | 'POINT_IN_TIME_REQUIRED' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: TRANSFER_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'TRANSFER_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'JSON_TOO_DEEP' | 'MALFORMED_JSON' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description Events recorded at or after this instant */
        from?: string;
        /** @description Events recorded before this instant */
        to?: string;
        /** @description true: add the documents the events refer to, one line each with the content in base64 */
        documents?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, INVALID_RANGE, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'INVALID_RANGE' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_publicKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description Recipient email address */
        recipient?: string;
        /** @description failed = dead-lettered after the last attempt; cancelled = a reminder no longer true when due */
        status?: 'scheduled' | 'pending' | 'queued' | 'sent' | 'failed' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationLogPageDto'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DocumentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/pdf': string;
        'image/jpeg': string;
        'image/png': string;
        'application/octet-stream': string;
        'multipart/form-data': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StoredDocumentResult'];
        };
      };
      /** @description Problem: DOCUMENT_EMPTY, DOCUMENT_FILE_MISSING, DOCUMENT_UPLOAD_INCOMPLETE, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'DOCUMENT_EMPTY'
              | 'DOCUMENT_FILE_MISSING'
              | 'DOCUMENT_UPLOAD_INCOMPLETE'
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE, DOCUMENT_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE' | 'DOCUMENT_TOO_LARGE';
          };
        };
      };
      /** @description Problem: DOCUMENT_TYPE_MISMATCH, DOCUMENT_TYPE_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DOCUMENT_TYPE_MISMATCH' | 'DOCUMENT_TYPE_NOT_ALLOWED' | 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DocumentsController_open: {
    parameters: {
      query?: {
        /** @description Wait until the proposals read model includes this log position */
        minPosition?: string;
        /** @description `1` to download (Content-Disposition: attachment) instead of opening it */
        download?: string;
      };
      header?: never;
      path: {
        /** @description 64 hexadecimal characters */
        sha256: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, DOCUMENT_HASH_INVALID, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'DOCUMENT_HASH_INVALID' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: DOCUMENT_OUT_OF_SCOPE */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DOCUMENT_OUT_OF_SCOPE';
          };
        };
      };
      /** @description Problem: DOCUMENT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DOCUMENT_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_index: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
        limit?: unknown;
        /** @description nextCursor of the previous page */
        cursor?: string;
        status?: 'DRAFTED' | 'APPROVED' | 'REJECTED';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, INVALID_CURSOR, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_CHARACTER' | 'INVALID_CURSOR' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE, READ_MODEL_BEHIND */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE' | 'READ_MODEL_BEHIND';
          };
        };
      };
    };
  };
  PlansController_draft: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, PLAN_PARAMETER_OUT_OF_RANGE, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'PLAN_PARAMETER_OUT_OF_RANGE'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: SCOPE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'SCOPE_NOT_FOUND';
          };
        };
      };
      /** @description Problem: PLAN_ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_ALREADY_EXISTS';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_preview: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
        limit?: unknown;
        /** @description nextCursor of the previous page of moves */
        cursor?: string;
        /** @description Only moves leaving or entering this unit */
        unitId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, PLAN_PARAMETER_OUT_OF_RANGE, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'PLAN_PARAMETER_OUT_OF_RANGE'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: SCOPE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'SCOPE_NOT_FOUND';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_get: {
    parameters: {
      query?: {
        /** @description Wait (up to 5 s, then 503 READ_MODEL_BEHIND) until the read model includes this log position */
        minPosition?: string;
        limit?: unknown;
        /** @description nextCursor of the previous page of moves */
        cursor?: string;
        /** @description Only moves leaving or entering this unit */
        unitId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_PLAN_ID, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_PLAN_ID' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: PLAN_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_PLAN_ID, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'INVALID_PLAN_ID' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: PLAN_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_PLAN_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'INVALID_CHARACTER'
              | 'INVALID_PLAN_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, PLAN_APPROVER_REQUIRED, PLAN_SELF_APPROVAL, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'PLAN_APPROVER_REQUIRED' | 'PLAN_SELF_APPROVAL' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: PLAN_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_NOT_FOUND';
          };
        };
      };
      /** @description Problem: PLAN_ALREADY_DECIDED, PLAN_DRAFTER_UNKNOWN, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_ALREADY_DECIDED' | 'PLAN_DRAFTER_UNKNOWN' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PlansController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, INVALID_PLAN_ID, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'BAD_URL'
              | 'INVALID_CHARACTER'
              | 'INVALID_PLAN_ID'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, OUT_OF_SCOPE, PLAN_APPROVER_REQUIRED, PLAN_SELF_APPROVAL, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              'CSRF_TOKEN_INVALID' | 'OUT_OF_SCOPE' | 'PLAN_APPROVER_REQUIRED' | 'PLAN_SELF_APPROVAL' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: PLAN_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_NOT_FOUND';
          };
        };
      };
      /** @description Problem: PLAN_ALREADY_DECIDED, STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'PLAN_ALREADY_DECIDED' | 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: REASON_REQUIRED, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'REASON_REQUIRED' | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AspirationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nip: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: BAD_URL, INVALID_CHARACTER, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BAD_URL' | 'INVALID_CHARACTER' | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: OUT_OF_SCOPE, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'OUT_OF_SCOPE' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AspirationsController_state: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nip: string;
        /** @description 1 to 3 */
        rank: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WishDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: ASPIRATION_RANK_OUT_OF_RANGE, ASPIRATION_TARGET_REQUIRED, BAD_URL, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASPIRATION_RANK_OUT_OF_RANGE'
              | 'ASPIRATION_TARGET_REQUIRED'
              | 'BAD_URL'
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, NOT_OWN_RECORD, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'NOT_OWN_RECORD' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: EMPLOYEE_NOT_FOUND, POSITION_NOT_FOUND, UNIT_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'EMPLOYEE_NOT_FOUND' | 'POSITION_NOT_FOUND' | 'UNIT_NOT_FOUND';
          };
        };
      };
      /** @description Problem: STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: ASPIRATION_DUPLICATE, ASPIRATION_POSITION_NOT_IN_UNIT, REASON_TOO_LONG */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASPIRATION_DUPLICATE' | 'ASPIRATION_POSITION_NOT_IN_UNIT' | 'REASON_TOO_LONG';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AspirationsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        nip: string;
        rank: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: ASPIRATION_RANK_OUT_OF_RANGE, BAD_URL, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'ASPIRATION_RANK_OUT_OF_RANGE'
              | 'BAD_URL'
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, NOT_OWN_RECORD, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'NOT_OWN_RECORD' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: ASPIRATION_NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'ASPIRATION_NOT_FOUND';
          };
        };
      };
      /** @description Problem: STALE_VERSION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'STALE_VERSION';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AspirationsController_import: {
    parameters: {
      query?: {
        partial?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Problem: CSV_HEADER_INVALID, EMPTY_FILE, INVALID_CHARACTER, JSON_TOO_DEEP, MALFORMED_CSV, MALFORMED_JSON, VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code:
              | 'CSV_HEADER_INVALID'
              | 'EMPTY_FILE'
              | 'INVALID_CHARACTER'
              | 'JSON_TOO_DEEP'
              | 'MALFORMED_CSV'
              | 'MALFORMED_JSON'
              | 'VALIDATION_FAILED';
          };
        };
      };
      /** @description Problem: INVALID_TOKEN, SESSION_ENDED, UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INVALID_TOKEN' | 'SESSION_ENDED' | 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Problem: CSRF_TOKEN_INVALID, ROLE_REQUIRED */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'CSRF_TOKEN_INVALID' | 'ROLE_REQUIRED';
          };
        };
      };
      /** @description Problem: BODY_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'BODY_TOO_LARGE';
          };
        };
      };
      /** @description Problem: UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description Problem: IMPORT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'IMPORT_REJECTED';
          };
        };
      };
      /** @description Problem: INTERNAL_ERROR */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'INTERNAL_ERROR';
          };
        };
      };
      /** @description Problem: DATABASE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'] & {
            /** @enum {string} */
            code: 'DATABASE_UNAVAILABLE';
          };
        };
      };
    };
  };
}
