"use client";

import { useMemo, useState } from "react";
import { scoreAssessment, visibleQuestions, type AnswerValue } from "@/lib/scoring";
import { toScoringTemplate } from "@/lib/scoring/from-version";
import { scoreView } from "@/lib/scoring/provisional";
import type { SectionDto } from "@/lib/server/templates/version-dto";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AnswerInput } from "@/components/questionnaire/answer-input";
import { ScorePanel } from "@/components/scoring/score-panel";

/** The questionnaire as a respondent sees it, with follow-ups and the score live. Nothing is saved. */
export function RespondentPreview({ sections }: { sections: SectionDto[] }) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const template = useMemo(() => toScoringTemplate({ sections }), [sections]);
  const visible = visibleQuestions(template, answers);
  const result = scoreAssessment(template, answers);
  const view = scoreView(template, answers, result, false);
  const titles = Object.fromEntries(sections.map((s) => [s.key, s.title]));
  const questionText = Object.fromEntries(sections.flatMap((s) => s.questions.map((q) => [q.key, q.text])));

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="grid gap-6">
        {sections.map((section, si) => (
          <Card key={section.id}>
            <CardHeader>
              <CardTitle>
                {si + 1}. {section.title}
              </CardTitle>
              <CardDescription>{section.description}</CardDescription>
            </CardHeader>
            <CardContent>
              <ol className="grid gap-5">
                {section.questions
                  .filter((q) => visible.has(q.key))
                  .map((q) => (
                    <li key={q.id} className="grid gap-2" data-question-key={q.key}>
                      <div className="space-y-1">
                        <p className="font-medium">
                          {q.text}
                          {q.required && q.type !== "TEXT" && <span className="ml-1 text-destructive" aria-label="required">*</span>}
                        </p>
                        <div className="flex flex-wrap gap-1">
                          {q.critical && <Badge variant="critical">Knock-out</Badge>}
                          {q.showIf && <Badge variant="default">Follow-up</Badge>}
                        </div>
                        <p className="text-sm text-muted-foreground">{q.guidance}</p>
                        <p className="text-xs text-muted-foreground">
                          <span className="font-medium">Evidence:</span> {q.evidence}
                        </p>
                      </div>
                      <AnswerInput question={q} value={answers[q.key]} onChange={(value) => setAnswers((a) => ({ ...a, [q.key]: value }))} />
                    </li>
                  ))}
              </ol>
            </CardContent>
          </Card>
        ))}
      </div>
      <Card className="sticky top-20">
        <CardHeader>
          <CardTitle>Live score</CardTitle>
          <CardDescription>Preview only: answers here are not saved.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          <ScorePanel result={result} view={view} titles={titles} questionText={questionText} />
          <Button variant="outline" size="sm" onClick={() => setAnswers({})}>
            Clear answers
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}
