"use client";

import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { AlertTriangle, Check, CheckCircle2, CloudOff, CloudUpload, FileText, Loader2, Send, Trash2 } from "lucide-react";
import type { ActionResult } from "@/lib/action";
import type { FieldIssue } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { keepChanges, readKept, releaseSaved, retryDelayMs } from "@/lib/questionnaire/autosave";
import { scoreAssessment, visibleQuestions, type AnswerValue, type ScoreResult } from "@/lib/scoring";
import { toScoringTemplate } from "@/lib/scoring/from-version";
import { scoreView, type ScoreView } from "@/lib/scoring/provisional";
import type { AnswerDto, EvidenceFileDto } from "@/lib/server/assessments/answer-dto";
import type { QuestionDto, SectionDto } from "@/lib/server/templates/version-dto";
import { cn } from "@/lib/utils";
import { AnswerInput } from "./answer-input";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { ReferenceList } from "@/components/templates/reference-list";

export type Answer = Pick<AnswerDto, "value" | "comment" | "evidenceUrl" | "files"> & { carried?: boolean };
type Change = { questionKey: string; value: AnswerValue; comment: string | null; evidenceUrl: string | null };
/** offline: the service did not answer, or answered it is unavailable; the save is retried. */
type SaveState = "saved" | "unsaved" | "saving" | "conflict" | "error" | "offline";

/** How the form talks to the server: the analyst's actions, or the vendor respondent's. */
export type QuestionnaireApi = {
  save: (body: { version: number; answers: Change[] }) => Promise<ActionResult<{ version: number }>>;
  reload: () => Promise<ActionResult<{ version: number; status: string; answers: Record<string, AnswerDto> }>>;
  submit: (version: number) => Promise<ActionResult<unknown>>;
  deleteFile: (fileId: string) => Promise<ActionResult<null>>;
  uploadUrl: string;
  fileUrl: (fileId: string) => string;
};

const FlushContext = createContext<() => Promise<number | null>>(async () => null);

/** Saves the form's pending edits; resolves to the saved version, or null when the save failed. */
export function useFlushAnswers() {
  return useContext(FlushContext);
}

const EMPTY: Answer = { value: null, comment: null, evidenceUrl: null, files: [] };
const ANY_FILE = () => true;
const AUTOSAVE_MS = 800;

/** The browser's localStorage, or null where it is disabled. */
function browserStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The wait the server asked for, from a SERVICE_UNAVAILABLE result's details. */
function retryAfterSeconds(details: unknown): number | undefined {
  const seconds = typeof details === "object" && details !== null && "retryAfterSeconds" in details ? details.retryAfterSeconds : undefined;
  return typeof seconds === "number" ? seconds : undefined;
}

/**
 * The questionnaire with autosave under the optimistic lock (a stale save keeps the unsaved answers
 * and offers to put them on top of the latest), follow-ups, comments and evidence, and submit.
 * Unsaved answers are also kept in the browser (lib/questionnaire/autosave.ts) until the server
 * acknowledges them: while it is unreachable the save is retried with backoff, and a reload puts
 * them back and saves them. Shared by the analyst's assessment page and the vendor respondent's link.
 */
export function QuestionnaireForm({
  api,
  keepScope,
  initialVersion,
  sections,
  initialAnswers,
  summaryTitle,
  summary,
  submitLabel,
  onSubmitted,
  aside,
  notice,
  questionExtras,
  canRemoveFile = ANY_FILE,
  showKnockOuts = true,
}: {
  api: QuestionnaireApi;
  /** Whose unsaved answers these are in the browser's storage, e.g. "assessment:<id>". */
  keepScope: string;
  initialVersion: number;
  sections: SectionDto[];
  initialAnswers: Record<string, AnswerDto>;
  summaryTitle: string;
  summary: (score: ScoreResult, view: ScoreView) => React.ReactNode;
  submitLabel: string;
  onSubmitted: () => void;
  /** Further cards under the summary (they can save pending edits first with useFlushAnswers). */
  aside?: React.ReactNode;
  /** Above the questions (it can save pending edits first with useFlushAnswers too). */
  notice?: React.ReactNode;
  questionExtras?: (question: QuestionDto, answer: Answer) => React.ReactNode;
  canRemoveFile?: (file: EvidenceFileDto) => boolean;
  showKnockOuts?: boolean;
}) {
  const [missing, setMissing] = useState<{ message: string; issues: FieldIssue[] } | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>(initialAnswers);
  // The answers as last rendered, for the stable callbacks below (so one answer's change re-renders one question).
  const answersRef = useRef(answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);
  const [version, setVersion] = useState(initialVersion);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [saveError, setSaveError] = useState<{ message: string; issues?: FieldIssue[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [pendingCount, setPendingCount] = useState(0);
  // Unsaved edits, by question: kept until the server confirms them, whatever happens meanwhile.
  const pending = useRef(new Map<string, Change>());
  const versionRef = useRef(initialVersion);
  const saving = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Whether the browser holds the unsaved answers too (false where storage is refused).
  const [kept, setKept] = useState(true);
  // Whether the last save found the service unreachable (the banner stays up while retrying).
  const [offline, setOffline] = useState(false);
  // Failed save attempts in a row while the service is unavailable, and the timer of the next one.
  const retry = useRef<{ attempt: number; timer: ReturnType<typeof setTimeout> | null }>({ attempt: 0, timer: null });
  const flushRef = useRef<() => Promise<boolean>>(async () => true);

  const template = useMemo(() => toScoringTemplate({ sections }), [sections]);
  const values = useMemo(() => Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value])), [answers]);
  const visible = visibleQuestions(template, values);
  const carriedKeys = sections.flatMap((sec) => sec.questions.filter((q) => visible.has(q.key) && answers[q.key]?.carried).map((q) => q.key));
  const score = scoreAssessment(template, values);
  const view = scoreView(template, values, score, false);

  const flush = useCallback(async (): Promise<boolean> => {
    if (saving.current) await saving.current;
    if (pending.current.size === 0) return true;
    if (retry.current.timer) clearTimeout(retry.current.timer);
    retry.current.timer = null;
    const batch = [...pending.current.values()];
    const run = (async () => {
      setSaveState("saving");
      let result: ActionResult<{ version: number }> | null;
      try {
        result = await api.save({ version: versionRef.current, answers: batch });
      } catch {
        result = null; // no answer from the server: the connection, or something in between
      }
      if (result?.ok) {
        versionRef.current = result.data.version;
        setVersion(result.data.version);
        // Drop what was saved, unless it was edited again while saving; the browser's copy too.
        for (const sent of batch) if (pending.current.get(sent.questionKey) === sent) pending.current.delete(sent.questionKey);
        const store = browserStore();
        if (store) releaseSaved(store, keepScope, batch, result.data.version);
        retry.current.attempt = 0;
        setOffline(false);
        setPendingCount(pending.current.size);
        setSaveError(null);
        setSaveState(pending.current.size ? "unsaved" : "saved");
        return true;
      }
      if (!result || result.error.code === "SERVICE_UNAVAILABLE") {
        // Kept here and in the browser; tried again later (a retry is safe: the version guards it).
        setOffline(true);
        setSaveState("offline");
        setSaveError(null);
        const delay = retryDelayMs(retry.current.attempt++, result ? retryAfterSeconds(result.error.details) : undefined);
        retry.current.timer = setTimeout(() => void flushRef.current(), delay);
        return false;
      }
      retry.current.attempt = 0;
      setOffline(false);
      setSaveState(result.error.code === "CONFLICT" ? "conflict" : "error");
      setSaveError({ message: result.error.message, issues: result.error.issues });
      return false;
    })();
    saving.current = run;
    try {
      return await run;
    } finally {
      saving.current = null;
    }
  }, [api, keepScope]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const flushForAside = useCallback(async () => ((await flush()) ? versionRef.current : null), [flush]);
  // "Expired" badges compare with the time the page opened (stable across renders).
  const [openedAt] = useState(() => Date.now());

  const saveStateRef = useRef(saveState);
  useEffect(() => {
    saveStateRef.current = saveState;
  }, [saveState]);
  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // While offline the retry timer saves everything pending; after a conflict the user decides.
      if (saveStateRef.current !== "conflict" && retry.current.attempt === 0) void flush();
    }, AUTOSAVE_MS);
  }, [flush]);

  // Warn before leaving with edits the server has not confirmed; retry at once when the browser is back online.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current.size) e.preventDefault();
    };
    const online = () => {
      if (retry.current.attempt > 0) void flushRef.current();
    };
    const state = retry.current;
    window.addEventListener("beforeunload", warn);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("online", online);
      if (state.timer) clearTimeout(state.timer);
    };
  }, []);

  // Answers kept in this browser by an earlier visit that the server never acknowledged: put them
  // back over the server's and save them. They were made on the version kept with them, so if
  // someone saved since, the save is a conflict and the usual choice follows.
  useEffect(() => {
    const store = browserStore();
    const stored = store && readKept(store, keepScope);
    if (!stored) return;
    const known = new Set(sections.flatMap((s) => s.questions.map((q) => q.key)));
    const restored = Object.values(stored.changes).filter((c) => known.has(c.questionKey));
    if (restored.length === 0) return;
    for (const change of restored) pending.current.set(change.questionKey, change);
    versionRef.current = stored.version;
    // The browser's storage is read after hydration (the server render cannot), hence state set here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswers((prev) => {
      const next = { ...prev };
      for (const c of restored) next[c.questionKey] = { ...(prev[c.questionKey] ?? EMPTY), value: c.value, comment: c.comment, evidenceUrl: c.evidenceUrl };
      return next;
    });
    setPendingCount(pending.current.size);
    setSaveState("unsaved");
    toast.info(`${restored.length} unsaved answer${restored.length === 1 ? " was" : "s were"} kept in this browser and ${restored.length === 1 ? "has" : "have"} been put back; saving now.`);
    void flushRef.current();
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = useCallback(
    (key: string, patch: Partial<Answer>) => {
      // On top of this question's unsaved edit, if any (it may not be rendered yet), else its answer.
      const base = pending.current.get(key) ?? answersRef.current[key] ?? EMPTY;
      const next = { value: base.value, comment: base.comment, evidenceUrl: base.evidenceUrl, ...patch };
      const change = { questionKey: key, value: next.value, comment: next.comment || null, evidenceUrl: next.evidenceUrl || null };
      pending.current.set(key, change);
      const store = browserStore();
      setKept(!!store && keepChanges(store, keepScope, versionRef.current, [change]));
      setPendingCount(pending.current.size);
      // Any edit (or the Confirm of a carried answer, an empty patch) confirms it.
      setAnswers((prev) => ({ ...prev, [key]: { ...(prev[key] ?? EMPTY), ...patch, carried: false } }));
      setSaveState((s) => (s === "conflict" || s === "offline" ? s : "unsaved"));
      schedule();
    },
    [schedule, keepScope],
  );

  /** After a conflict: take the latest answers, put the unsaved edits back on top, save them. */
  async function keepMineOnLatest() {
    const result = await api.reload().catch(() => null);
    if (!result) return toast.error("The server could not be reached. Your changes are kept; try again in a moment.");
    if (!result.ok) return toast.error(result.error.message);
    if (result.data.status !== "DRAFT" && result.data.status !== "CHANGES_REQUESTED") {
      toast.error("The assessment was submitted meanwhile; it can no longer be edited here.");
      return onSubmitted();
    }
    const merged: Record<string, Answer> = { ...result.data.answers };
    for (const [key, change] of pending.current) merged[key] = { ...(merged[key] ?? EMPTY), value: change.value, comment: change.comment, evidenceUrl: change.evidenceUrl };
    setAnswers(merged);
    versionRef.current = result.data.version;
    setVersion(result.data.version);
    setSaveState("unsaved");
    if (await flush()) toast.success("Your changes were saved on top of the latest version.");
  }

  async function submit() {
    setSubmitting(true);
    try {
      if (timer.current) clearTimeout(timer.current);
      if (!(await flush())) return toast.error("Save your answers before submitting.");
      const result = await api.submit(versionRef.current);
      if (result.ok) return onSubmitted();
      if (result.error.code === "INVALID_STATE" && result.error.issues?.length) setMissing({ message: result.error.message, issues: result.error.issues });
      else toast.error(result.error.message);
    } finally {
      setSubmitting(false);
    }
  }

  const upload = useCallback(
    async (key: string, file: File, validUntil: string) => {
      const body = new FormData();
      body.set("questionKey", key);
      body.set("file", file);
      if (validUntil) body.set("validUntil", validUntil);
      const res = await fetch(api.uploadUrl, { method: "POST", body }).catch(() => null);
      const json = await res?.json().catch(() => null);
      if (!res?.ok) {
        toast.error(json?.error?.message ?? "The upload failed: the server could not be reached. Try again in a moment.");
        return false;
      }
      setAnswers((prev) => ({ ...prev, [key]: { ...(prev[key] ?? EMPTY), files: [...(prev[key]?.files ?? []), json] } }));
      toast.success(`Uploaded ${json.filename}.`);
      return true;
    },
    [api],
  );

  const removeFile = useCallback(
    async (key: string, fileId: string) => {
      const result = await api.deleteFile(fileId).catch(() => null);
      if (!result) return toast.error("The file was not removed: the server could not be reached. Try again in a moment.");
      if (!result.ok) return toast.error(result.error.message);
      setAnswers((prev) => ({ ...prev, [key]: { ...(prev[key] ?? EMPTY), files: (prev[key]?.files ?? []).filter((f) => f.id !== fileId) } }));
    },
    [api],
  );

  const domainProgress = new Map(score.domains.map((d) => [d.key, d]));

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[14rem_1fr_19rem]">
      <nav aria-label="Domains" className="sticky top-20 hidden max-h-[calc(100vh-6rem)] overflow-y-auto xl:block">
        <ol className="space-y-1 text-sm">
          {sections.map((s, i) => {
            const d = domainProgress.get(s.key);
            const done = d && d.applicable > 0 && d.answered === d.applicable;
            return (
              <li key={s.id}>
                <a href={`#domain-${s.key}`} className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-accent">
                  <span className="truncate">
                    {i + 1}. {s.title}
                  </span>
                  <span className={cn("shrink-0 text-xs tabular-nums", done ? "text-emerald-700" : "text-muted-foreground")}>
                    {d ? `${d.answered}/${d.applicable}` : ""}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="grid min-w-0 gap-6">
        {notice && <FlushContext value={flushForAside}>{notice}</FlushContext>}
        {carriedKeys.length > 0 && (
          <div className="grid gap-1 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" role="status" data-testid="carried-banner">
            <p className="font-medium">
              {carriedKeys.length} answer{carriedKeys.length === 1 ? " was" : "s were"} carried over from the previous cycle or an earlier questionnaire version.
            </p>
            <p>
              Confirm each one that still holds, or change it; the questionnaire can be submitted once none is left to confirm.{" "}
              <a className="font-medium underline" href={`#q-${carriedKeys[0]}`}>
                Go to the first one
              </a>
            </p>
          </div>
        )}
        {offline && (
          <div className="sticky top-16 z-10 grid gap-2 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 shadow-sm" role="alert" data-testid="offline-banner">
            <p className="flex items-center gap-2 font-medium">
              <CloudOff className="size-4" aria-hidden /> Connection to the server lost
            </p>
            <p>
              {kept
                ? "Your changes are kept in this browser and will be saved when the service is back."
                : "Your changes are kept on this page: keep it open, and they will be saved when the service is back."}{" "}
              {pendingCount} unsaved answer{pendingCount === 1 ? "" : "s"}.
            </p>
            <div>
              <Button size="sm" variant="outline" onClick={() => void flush()}>
                Try now
              </Button>
            </div>
          </div>
        )}
        {(saveState === "conflict" || saveState === "error") && saveError && (
          <div className="sticky top-16 z-10 grid gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 shadow-sm" role="alert">
            <p className="flex items-center gap-2 font-medium">
              <AlertTriangle className="size-4" aria-hidden /> {saveState === "conflict" ? "Someone else saved this assessment." : "Not saved."}
            </p>
            <p>{saveError.message}</p>
            {saveError.issues && saveError.issues.length > 0 && (
              <ul className="list-disc pl-5">
                {saveError.issues.map((i) => (
                  <li key={i.path}>{i.message}</li>
                ))}
              </ul>
            )}
            <p>Your {pendingCount} unsaved answer{pendingCount === 1 ? " is" : "s are"} kept on this page.</p>
            <div>
              {saveState === "conflict" ? (
                <Button size="sm" onClick={keepMineOnLatest}>
                  Load the latest version and keep my changes
                </Button>
              ) : (
                <Button size="sm" variant="outline" onClick={() => void flush()}>
                  Try again
                </Button>
              )}
            </div>
          </div>
        )}
        {sections.map((section, si) => {
          const d = domainProgress.get(section.key);
          return (
            <Card key={section.id} id={`domain-${section.key}`} className="scroll-mt-20">
              <CardHeader>
                <div className="flex items-start justify-between gap-3">
                  <CardTitle>
                    {si + 1}. {section.title}
                  </CardTitle>
                  {d && (
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums" aria-label={`${d.answered} of ${d.applicable} answered`}>
                      {d.answered}/{d.applicable} answered
                    </span>
                  )}
                </div>
                <CardDescription>{section.description}</CardDescription>
                {d && d.applicable > 0 && (
                  <div className="h-1 rounded-full bg-muted" aria-hidden>
                    <div className="h-1 rounded-full bg-primary" style={{ width: `${(100 * d.answered) / d.applicable}%` }} />
                  </div>
                )}
              </CardHeader>
              <CardContent>
                <ol className="grid gap-6">
                  {section.questions
                    .filter((q) => visible.has(q.key))
                    .map((q) => (
                      <QuestionBlock
                        key={q.id}
                        question={q}
                        answer={answers[q.key] ?? EMPTY}
                        fileUrl={api.fileUrl}
                        showKnockOuts={showKnockOuts}
                        now={openedAt}
                        canRemoveFile={canRemoveFile}
                        extras={questionExtras}
                        onChange={update}
                        onUpload={upload}
                        onRemoveFile={removeFile}
                      />
                    ))}
                </ol>
              </CardContent>
            </Card>
          );
        })}
      </div>

      <aside className="sticky top-20 grid gap-4">
        <Card>
          <CardHeader>
            <CardTitle>{summaryTitle}</CardTitle>
            <CardDescription>
              <SaveIndicator state={saveState} version={version} />
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {summary(score, view)}
            <Button onClick={submit} disabled={submitting || saveState === "conflict"}>
              {submitting ? <Loader2 className="animate-spin" aria-hidden /> : <Send aria-hidden />}
              {submitLabel}
            </Button>
          </CardContent>
        </Card>
        <FlushContext value={flushForAside}>{aside}</FlushContext>
      </aside>

      <Dialog open={!!missing} onOpenChange={(open) => !open && setMissing(null)}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Not submitted yet</DialogTitle>
            <DialogDescription>{missing?.message} Answer them (or mark them not applicable where allowed), then submit again.</DialogDescription>
          </DialogHeader>
          <ol className="max-h-80 list-decimal space-y-1.5 overflow-y-auto pl-5 text-sm">
            {missing?.issues.map((m) => (
              <li key={m.path}>
                <a href={`#q-${m.path}`} className="text-primary hover:underline" onClick={() => setMissing(null)}>
                  {m.message}
                </a>
              </li>
            ))}
          </ol>
        </DialogContent>
      </Dialog>
    </div>
  );
}

function SaveIndicator({ state, version }: { state: SaveState; version: number }) {
  const text = { saved: "All changes saved", unsaved: "Unsaved changes…", saving: "Saving…", conflict: "Conflict: not saved", error: "Not saved", offline: "Offline: not saved yet" }[state];
  return (
    <span className={cn("inline-flex items-center gap-1.5", (state === "conflict" || state === "error" || state === "offline") && "font-medium text-amber-700")} role="status" data-testid="save-state">
      {state === "saving" ? <Loader2 className="size-3.5 animate-spin" aria-hidden /> : state === "saved" ? <CheckCircle2 className="size-3.5 text-emerald-600" aria-hidden /> : null}
      {text}
      <span className="text-muted-foreground">· v{version}</span>
    </span>
  );
}

/** One question; memoised, so answering one question does not re-render the other seventy. */
const QuestionBlock = memo(function QuestionBlock({
  question: q,
  answer,
  fileUrl,
  showKnockOuts,
  canRemoveFile,
  now,
  extras,
  onChange,
  onUpload,
  onRemoveFile,
}: {
  question: QuestionDto;
  answer: Answer;
  fileUrl: (fileId: string) => string;
  showKnockOuts: boolean;
  canRemoveFile: (file: EvidenceFileDto) => boolean;
  now: number;
  extras?: (question: QuestionDto, answer: Answer) => React.ReactNode;
  onChange: (key: string, patch: Partial<Answer>) => void;
  onUpload: (key: string, file: File, validUntil: string) => Promise<boolean>;
  onRemoveFile: (key: string, fileId: string) => Promise<unknown>;
}) {
  const [uploading, setUploading] = useState(false);
  const [validUntil, setValidUntil] = useState("");
  const [showDetails, setShowDetails] = useState(!!(answer.comment || answer.evidenceUrl || answer.files.length));
  const required = q.required && q.type !== "TEXT";
  return (
    <li id={`q-${q.key}`} className="grid scroll-mt-24 gap-2" data-question-key={q.key}>
      <div className="space-y-1">
        <p className="font-medium leading-snug">
          {q.text}
          {required && (
            <span className="ml-1 text-destructive" title="Required">
              *
            </span>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-1">
          {showKnockOuts && q.critical && <Badge variant="critical">Knock-out</Badge>}
          {q.showIf && <Badge variant="default">Follow-up</Badge>}
          {answer.carried && (
            <>
              <Badge variant="outline" className="border-amber-300 bg-amber-50 text-amber-900" data-testid="carried">
                Carried over — confirm
              </Badge>
              <Button type="button" size="sm" variant="outline" className="h-6 px-2 text-xs" onClick={() => onChange(q.key, {})} aria-label={`Confirm the carried answer to ${q.key}`}>
                <Check aria-hidden /> Confirm
              </Button>
            </>
          )}
        </div>
        <p className="text-sm text-muted-foreground">{q.guidance}</p>
        {q.references.length > 0 && (
          <details className="text-xs text-muted-foreground">
            <summary className="cursor-pointer select-none">Framework references</summary>
            <ReferenceList references={q.references} className="mt-1 grid gap-0.5" />
          </details>
        )}
      </div>
      <AnswerInput question={q} value={answer.value} onChange={(value) => onChange(q.key, { value })} />
      {extras?.(q, answer)}
      <button type="button" className="justify-self-start text-xs font-medium text-primary hover:underline" onClick={() => setShowDetails((s) => !s)} aria-expanded={showDetails}>
        {showDetails ? "Hide comment and evidence" : "Add comment or evidence"}
        {!showDetails && (answer.evidenceUrl || answer.files.length) ? " (has evidence)" : ""}
      </button>
      {showDetails && (
        <div className="grid gap-2 rounded-md bg-muted/40 p-3">
          <p className="text-xs text-muted-foreground">
            <span className="font-medium">Evidence expected:</span> {q.evidence}
          </p>
          <label className="grid gap-1 text-xs font-medium">
            Comment
            <Textarea rows={2} value={answer.comment ?? ""} onChange={(e) => onChange(q.key, { comment: e.target.value })} aria-label={`Comment on ${q.key}`} />
          </label>
          <label className="grid gap-1 text-xs font-medium">
            Evidence link
            <Input type="url" placeholder="https://" value={answer.evidenceUrl ?? ""} onChange={(e) => onChange(q.key, { evidenceUrl: e.target.value })} aria-label={`Evidence link for ${q.key}`} />
          </label>
          <div className="grid gap-1 text-xs">
            <span className="font-medium">Evidence files</span>
            {answer.files.length > 0 && (
              <ul className="grid gap-1">
                {answer.files.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-2">
                    <FileText className="size-3.5 text-muted-foreground" aria-hidden />
                    <a href={fileUrl(f.id)} className="text-primary hover:underline">
                      {f.filename}
                    </a>
                    <span className="text-muted-foreground">{Math.ceil(f.size / 1024)} KB</span>
                    {f.byVendor && <span className="text-muted-foreground">· from the vendor</span>}
                    <ValidUntil date={f.validUntil} now={now} />
                    {canRemoveFile(f) && (
                      <Button type="button" variant="ghost" size="icon" className="size-6" aria-label={`Remove ${f.filename}`} onClick={() => onRemoveFile(q.key, f.id)}>
                        <Trash2 />
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div className="flex flex-wrap items-center gap-2">
            <label className="inline-flex w-fit cursor-pointer items-center gap-1.5 rounded-md border bg-card px-2.5 py-1.5 font-medium hover:bg-accent">
              {uploading ? <Loader2 className="size-3.5 animate-spin" aria-hidden /> : <CloudUpload className="size-3.5" aria-hidden />}
              Upload a file
              <input
                type="file"
                className="sr-only"
                accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.md,.csv,.json"
                aria-label={`Upload evidence for ${q.key}`}
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  e.target.value = "";
                  if (!file) return;
                  if (file.size > 10 * 1024 * 1024) return toast.error("The file is larger than 10 MB.");
                  setUploading(true);
                  if (await onUpload(q.key, file, validUntil)) setValidUntil("");
                  setUploading(false);
                }}
              />
            </label>
            <label className="inline-flex items-center gap-1.5 text-muted-foreground">
              valid until
              <Input type="date" className="h-8 w-40 text-xs" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} aria-label={`Evidence valid until for ${q.key}`} />
            </label>
            </div>
            <span className="text-muted-foreground">PDF, image, Office or text files up to 10 MB. Give a date for evidence that expires, such as an audit report.</span>
          </div>
        </div>
      )}
    </li>
  );
});

function ValidUntil({ date, now }: { date: Date | string | null; now: number }) {
  if (!date) return null;
  const expired = new Date(date).getTime() < now;
  return expired ? (
    <Badge variant="critical">Expired {formatDate(date)}</Badge>
  ) : (
    <span className="text-muted-foreground">· valid until {formatDate(date)}</span>
  );
}
