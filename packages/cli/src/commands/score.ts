import { either as E } from 'fp-ts';
import { describeFailure } from '@ocop/kernel';
import { describeScoringError, scoreSelfAssessment, type SelfAssessmentError } from '@ocop/rules';
import { readJson, type Command } from '../io.js';

const describeError = (e: SelfAssessmentError): ReadonlyArray<string> => {
  switch (e._tag) {
    case 'ValidationFailure':
      return [describeFailure(e)];
    case 'UnknownSheet':
      return [`sheet ${e.sheet} is not in ${e.ruleSet}; its sheets are ${e.available[0]} to ${e.available[e.available.length - 1]}`];
    case 'ScoringFailed':
      return e.errors.map(describeScoringError);
  }
};

/** `ocop score FILE`: scores a self-assessment and prints the result as JSON. */
export const scoreCommand: Command = {
  name: 'score',
  usage: 'ocop score FILE',
  summary: 'score a self-assessment {"ruleSet","sheet","answers"} and print total, parts, stars and what blocks the next star',
  run: async (args, io) => {
    const [file, ...rest] = args;
    if (file === undefined || rest.length > 0) {
      io.err(`usage: ${scoreCommand.usage}`);
      return 2;
    }
    const read = await readJson(io, file);
    if (!read.ok) {
      io.err(read.message);
      return 2;
    }
    const result = scoreSelfAssessment(read.value);
    if (E.isLeft(result)) {
      io.err(`${file}: cannot be scored`);
      for (const line of describeError(result.left)) io.err(`  - ${line}`);
      return 2;
    }
    const r = result.right;
    io.out(
      JSON.stringify(
        {
          total: r.total,
          parts: r.parts,
          bandStars: r.bandStars,
          minimumStars: r.minimumStars,
          stars: r.stars,
          blocking: r.blocking.map((b) => ({
            criterion: b.criterion,
            title: b.title,
            points: b.points,
            ...(b.answer === undefined ? {} : { answer: b.answer }),
            forStars: b.required.stars,
            requiredOption: b.required.option,
            requiredPoints: b.required.points,
            requiredLabel: b.required.label,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  },
};
