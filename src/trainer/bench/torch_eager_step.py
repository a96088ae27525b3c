#!/usr/bin/env python3
"""The PyTorch eager twin of `rlvr-train --step-benchmark`.

Replays the workload file the Java side wrote (same model shape, same prompt token ids, same
batch, loss and optimiser settings) as a plain PyTorch eager loop, the way a PyTorch user would
write it: KV-cache generation with temperature/top-p sampling on the device, reference and
policy log-probs, the GRPO loss, backward, AdamW. Prints one JSON line of timings, in the same
form as the Java side, so the two can be put side by side on the same GPU in the same run.

Usage: torch_eager_step.py WORKLOAD.json [--device cuda|cpu]
"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn.functional as F

HIDDEN = -1e9


def init_weights(w, device, generator):
    """Random weights of the same shapes and scales as the Java model (Weights.random)."""
    d, vocab, context, layers = w["dim"], w["vocab"], w["context"], w["layers"]
    residual = 0.02 / math.sqrt(2.0 * layers)

    def normal(std, *shape):
        return (torch.randn(*shape, generator=generator) * std).to(device).requires_grad_()

    def const(value, n):
        return torch.full((n,), value, device=device, requires_grad=True)

    p = {"tok": normal(0.02, vocab, d), "pos": normal(0.02, context, d)}
    for layer in range(layers):
        k = f"l{layer}."
        p.update({
            k + "ln1.g": const(1.0, d), k + "ln1.b": const(0.0, d),
            k + "qkv.w": normal(0.02, d, 3 * d), k + "qkv.b": const(0.0, 3 * d),
            k + "proj.w": normal(residual, d, d), k + "proj.b": const(0.0, d),
            k + "ln2.g": const(1.0, d), k + "ln2.b": const(0.0, d),
            k + "fc1.w": normal(0.02, d, 4 * d), k + "fc1.b": const(0.0, 4 * d),
            k + "fc2.w": normal(residual, 4 * d, d), k + "fc2.b": const(0.0, d),
        })
    p["lnf.g"] = const(1.0, d)
    p["lnf.b"] = const(0.0, d)
    p["head"] = normal(0.02, d, vocab)
    return p


class Model:
    """The same GPT-style block stack as TinyTransformer, op for op."""

    def __init__(self, params, w):
        self.p, self.d, self.h = params, w["dim"], w["heads"]
        self.vocab, self.context, self.layers = w["vocab"], w["context"], w["layers"]

    def norm(self, x, name):
        return F.layer_norm(x, (self.d,), self.p[name + ".g"], self.p[name + ".b"], 1e-5)

    def logits(self, tokens, positions, key_bias, cache):
        b, t = tokens.shape
        offset = 0 if cache is None or not cache else cache[0][0].shape[2]
        x = F.one_hot(tokens, self.vocab).float() @ self.p["tok"] \
            + F.one_hot(positions, self.context).float() @ self.p["pos"]
        keys = offset + t
        causal = torch.triu(torch.full((t, keys), HIDDEN, device=tokens.device), diagonal=offset + 1)
        bias = key_bias.view(b, 1, 1, keys) + causal
        for layer in range(self.layers):
            x = self.block(x, bias, layer, cache)
        return self.norm(x, "lnf") @ self.p["head"]

    def block(self, x, bias, layer, cache):
        k_ = f"l{layer}."
        b, t, _ = x.shape
        dh = self.d // self.h
        q, k, v = (self.norm(x, k_ + "ln1") @ self.p[k_ + "qkv.w"] + self.p[k_ + "qkv.b"]).split(self.d, dim=2)
        q, k, v = (y.view(b, t, self.h, dh).transpose(1, 2) for y in (q, k, v))
        if cache is not None:
            if len(cache) > layer:
                k = torch.cat((cache[layer][0], k), dim=2)
                v = torch.cat((cache[layer][1], v), dim=2)
                cache[layer] = (k, v)
            else:
                cache.append((k, v))
        att = ((q @ k.transpose(2, 3)) * (1 / math.sqrt(dh)) + bias).softmax(3) @ v
        x = x + att.transpose(1, 2).reshape(b, t, self.d) @ self.p[k_ + "proj.w"] + self.p[k_ + "proj.b"]
        hidden = F.gelu(self.norm(x, k_ + "ln2") @ self.p[k_ + "fc1.w"] + self.p[k_ + "fc1.b"])
        return x + hidden @ self.p[k_ + "fc2.w"] + self.p[k_ + "fc2.b"]


def layout(prompts, completion, pad, device):
    """Left-padded prompts, room for the completion, positions and key bias (PaddedBatch)."""
    width_p = max(len(p) for p in prompts)
    rows, width = len(prompts), width_p + completion
    tokens = torch.full((rows, width), pad, dtype=torch.long)
    positions = torch.zeros((rows, width), dtype=torch.long)
    bias = torch.zeros((rows, width))
    for r, prompt in enumerate(prompts):
        left = width_p - len(prompt)
        tokens[r, left:width_p] = torch.tensor(prompt)
        positions[r] = (torch.arange(width) - left).clamp(min=0)
        bias[r, :left] = HIDDEN
    return tokens.to(device), positions.to(device), bias.to(device), width_p


def sample(logits, temperature, top_p):
    probs = (logits / temperature).softmax(-1)
    if top_p < 1.0:
        sorted_p, order = probs.sort(-1, descending=True)
        drop = (sorted_p.cumsum(-1) - sorted_p) >= top_p
        sorted_p = sorted_p.masked_fill(drop, 0.0)
        return order.gather(-1, torch.multinomial(sorted_p, 1)).squeeze(-1)
    return torch.multinomial(probs, 1).squeeze(-1)


@torch.no_grad()
def generate(model, tokens, positions, bias, width_p, completion, temperature, top_p):
    """Every row runs to the length limit (the Java side's fixed workload), but the loop still
    checks for all-finished each token, as a generate loop that stops at the end token does."""
    tokens = tokens.clone()
    cache = []
    finished = torch.zeros(tokens.shape[0], dtype=torch.bool, device=tokens.device)
    for step in range(completion):
        start = width_p + step - 1 if step > 0 else 0
        end = width_p + step
        last = model.logits(tokens[:, start:end], positions[:, start:end], bias[:, :end], cache)[:, -1, :]
        token = sample(last, temperature, top_p)
        tokens[:, end] = token
        # ignore_eos: `finished` never fills, but the check keeps a stopping loop's per-token sync
        if bool(finished.all()):
            break
    return tokens


def token_logprobs(model, tokens, positions, bias, width_p, completion):
    logits = model.logits(tokens, positions, bias, None)
    logp = logits[:, width_p - 1:width_p - 1 + completion].log_softmax(2)
    targets = tokens[:, width_p:width_p + completion]
    picked = (logp * F.one_hot(targets, model.vocab).float()).sum(2)
    detached = logp.detach()
    entropy = -(detached.exp() * detached).sum(2)
    return picked, entropy


def advantages(rewards, g, scale):
    grouped = rewards.view(-1, g)
    centred = (grouped - grouped.mean(1, keepdim=True)).view(-1)
    if scale == "group":
        return centred / (grouped.std(1, unbiased=True, keepdim=True).view(-1, 1).expand(-1, g).reshape(-1) + 1e-4)
    if scale == "batch":
        return centred / (rewards.std(unbiased=True) + 1e-4)
    return centred


def grpo_loss(logp, ref, adv, mask, w):
    ratio = (logp - logp.detach()).exp()
    a = adv.unsqueeze(1)
    clipped = ratio.clamp(1 - w["epsilon"], 1 + w["epsilon_high"])
    per_token = -torch.minimum(ratio * a, clipped * a)
    stats = {}
    if w["beta"] != 0:
        diff = ref - logp
        kl = diff.exp() - diff - 1
        per_token = per_token + w["beta"] * kl
        stats["kl"] = ((kl.detach() * mask).sum() / mask.sum()).item()
    masked = per_token * mask
    kind = w["loss_type"]
    if kind == "grpo":
        loss = (masked.sum(1) / mask.sum(1).clamp(min=1)).mean()
    elif kind == "bnpo":
        loss = masked.sum() / mask.sum().clamp(min=1)
    elif kind == "dr_grpo":
        loss = masked.sum() / (masked.shape[0] * w["completion_tokens"])
    else:
        loss = masked.sum() / max(1.0, mask.sum().item())
    r = ratio.detach()
    low = ((r < 1 - w["epsilon"]) & (a < 0)).float()
    high = ((r > 1 + w["epsilon_high"]) & (a > 0)).float()
    stats["clip_low"] = ((low * mask).sum() / mask.sum()).item()
    stats["clip_high"] = ((high * mask).sum() / mask.sum()).item()
    return loss, stats


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workload")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = parser.parse_args()
    with open(args.workload) as f:
        w = json.load(f)
    if w["num_iterations"] != 1:
        raise SystemExit("this replay covers num_iterations 1 only")
    device = torch.device(args.device)
    generator = torch.Generator().manual_seed(w["seed"])
    torch.manual_seed(w["seed"])
    params = init_weights(w, device, generator)
    reference = {k: v.detach().clone() for k, v in params.items()}
    policy, frozen = Model(params, w), Model(reference, w)
    optimiser = torch.optim.AdamW(params.values(), lr=w["learning_rate"], weight_decay=0.0)
    completion, g = w["completion_tokens"], w["num_generations"]
    tokens0, positions, bias, width_p = layout(w["prompts"], completion, w["pad"], device)
    rows = tokens0.shape[0]
    mask = torch.ones((rows, completion), device=device)
    gen_ms, upd_ms, step_ms = [], [], []

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    for i in range(w["warmup"] + w["repeats"]):
        sync()
        t0 = time.perf_counter()
        tokens = generate(policy, tokens0, positions, bias, width_p, completion, w["temperature"], w["top_p"])
        t1 = time.perf_counter()
        rewards = torch.randint(0, 2, (rows,), generator=generator).float().to(device)
        adv = advantages(rewards, g, w["scale_rewards"])
        with torch.no_grad():
            ref = token_logprobs(frozen, tokens, positions, bias, width_p, completion)[0] if w["beta"] != 0 else None
        logp, entropy = token_logprobs(policy, tokens, positions, bias, width_p, completion)
        loss, stats = grpo_loss(logp, ref, adv, mask, w)
        stats["entropy"] = ((entropy * mask).sum() / mask.sum()).item()
        optimiser.zero_grad(set_to_none=False)
        loss.backward()
        if w["clip_grad"] > 0:
            torch.nn.utils.clip_grad_value_(params.values(), w["clip_grad"])
        optimiser.step()
        loss_value = loss.item()
        sync()
        t2 = time.perf_counter()
        if i >= w["warmup"]:
            gen_ms.append((t1 - t0) * 1e3)
            upd_ms.append((t2 - t1) * 1e3)
            step_ms.append((t2 - t0) * 1e3)
        if not math.isfinite(loss_value):
            raise SystemExit(f"non-finite loss at step {i}")

    print(json.dumps({
        "framework": f"pytorch {torch.__version__} eager",
        "device": str(device) + (f" ({torch.cuda.get_device_name(device)})" if device.type == "cuda" else ""),
        "parameters": sum(p.numel() for p in params.values()),
        "rows": rows,
        "prompt_width": width_p,
        "completion_tokens": completion,
        "generate_ms_median": statistics.median(gen_ms),
        "update_ms_median": statistics.median(upd_ms),
        "step_ms_median": statistics.median(step_ms),
        "step_ms": step_ms,
    }))


if __name__ == "__main__":
    main()
