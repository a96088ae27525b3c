"""Writes OpenRLHF-format /get_reward bodies of N math rollouts from problems/math-rollouts.jsonl.

Usage: python3 bodies.py ROLLOUTS.jsonl OUT_DIR 1 256
Each rollout becomes a ChatML prompt + completion + <|im_end|> query with its gold answer as the label;
the file is cycled when N is larger than it; its unreadable lines are skipped.
"""
import json
import sys


PROMPT_AND_RESPONSE = {"id", "prompt", "problem", "question", "completion", "response"}


def main(rollouts, out_dir, sizes):
    records = []
    for line in open(rollouts, encoding="utf-8"):
        try:
            record = json.loads(line)
        except ValueError:
            continue  # the sample file holds a few broken lines on purpose
        if isinstance(record, dict) and isinstance(record.get("completion", record.get("response")), str):
            records.append(record)
    for n in sizes:
        queries, prompts, labels = [], [], []
        for i in range(n):
            r = records[i % len(records)]
            question = r.get("prompt") or r.get("problem") or r.get("question") or ""
            prompt = f"<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n"
            queries.append(prompt + r.get("completion", r.get("response")) + "<|im_end|>")
            prompts.append(prompt)
            # the gold answer itself, or the record's other fields (answer, solution, reward_model...)
            # as a JSON-string label object
            rest = {k: v for k, v in r.items() if k not in PROMPT_AND_RESPONSE}
            labels.append(r["ground_truth"] if "ground_truth" in r else json.dumps(rest))
        with open(f"{out_dir}/get_reward_{n}.json", "w", encoding="utf-8") as out:
            json.dump({"query": queries, "prompts": prompts, "labels": labels}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3:]])
