"""Writes OpenRLHF-format /get_reward bodies of N math rollouts from problems/math-rollouts.jsonl.

Usage: python3 bodies.py ROLLOUTS.jsonl OUT_DIR 1 256
Each rollout becomes a ChatML prompt + completion + <|im_end|> query with its gold answer as the label;
the file is cycled when N is larger than it.
"""
import json
import sys


def main(rollouts, out_dir, sizes):
    records = [json.loads(line) for line in open(rollouts, encoding="utf-8") if line.strip()]
    records = [r for r in records if isinstance(r.get("completion"), str)]
    for n in sizes:
        queries, prompts, labels = [], [], []
        for i in range(n):
            r = records[i % len(records)]
            prompt = f"<|im_start|>user\n{r['prompt']}<|im_end|>\n<|im_start|>assistant\n"
            queries.append(prompt + r["completion"] + "<|im_end|>")
            prompts.append(prompt)
            labels.append(r.get("ground_truth"))
        with open(f"{out_dir}/get_reward_{n}.json", "w", encoding="utf-8") as out:
            json.dump({"query": queries, "prompts": prompts, "labels": labels}, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(n) for n in sys.argv[3:]])
