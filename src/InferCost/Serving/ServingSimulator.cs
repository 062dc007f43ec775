using InferCost.Economics;
using InferCost.Performance;
using InferCost.Results;
using InferCost.Units;

namespace InferCost.Serving;

/// <summary>
/// A deterministic, iteration-level simulation of one replica of a deployment serving a stream of requests: the
/// scheduler assembles each forward pass from the running requests' decode tokens, prompt chunks and new admissions
/// within its token budget and KV memory (<see cref="SchedulerSettings"/>), and the pass takes the time
/// <see cref="IterationModel.Time"/> gives for that exact mix. Latencies are measured as vLLM's benchmark_serving
/// defines them (<see cref="LatencyMetric"/>) in constant memory (<see cref="LatencyDistribution"/>).
/// </summary>
public sealed class ServingSimulator
{
    private readonly ScenarioContext _c;
    private readonly SchedulerSettings _settings;
    private readonly ServiceLevel? _serviceLevel;
    private readonly Action<RequestRecord>? _records;
    private readonly double _capacity;
    private readonly BytesPerSecond _hostLink;
    private readonly bool _account;
    private readonly DraftingContext? _drafting;
    private readonly int _lookahead;
    private readonly ulong _seed;
    private readonly PrefixCache? _cache;
    private readonly int _blockTokens;
    private double _prefixHitTokens;
    private double _energy;
    private double _decodeBusy;
    private double _prefillBusy;

    private RequestState[] _slots = new RequestState[256];
    private readonly Stack<int> _free = new();
    private readonly List<int> _running = [];
    private readonly RequestDeque _waiting = new();
    private readonly RequestDeque _swapped = new();
    private readonly List<(int Slot, int Tokens)> _pass = [];

    private readonly LatencyDistribution _ttft = new();
    private readonly LatencyDistribution _tpot = new();
    private readonly LatencyDistribution _itl = new();
    private readonly LatencyDistribution _e2e = new();
    private readonly ServerTimeline _timeline = new();

    private double _held;
    private double _used;
    private double _last;
    private double _firstArrival = double.NaN;
    private double _areaInSystem;
    private double _areaWaiting;
    private double _areaRunning;
    private double _areaKv;
    private double _areaWaste;
    private int _inSystem;
    private long _arrived;
    private long _finished;
    private long _good;
    private long _iterations;
    private long _preemptions;
    private double _busy;
    private double _inputTokens;
    private double _outputTokens;
    private double _lastFinish;
    private InputError? _error;
    private int _arrivedSlots;

    /// <summary>A simulator of scenario <paramref name="c"/>'s replica with the given scheduler.</summary>
    /// <param name="c">The scenario (model, accelerator, layout, stack).</param>
    /// <param name="settings">The scheduler.</param>
    /// <param name="serviceLevel">The objective a good request meets (for goodput); null: every request is good.</param>
    /// <param name="records">Receives each finished request (null: none kept, memory stays flat).</param>
    /// <param name="accountCost">Whether to integrate each pass's board power and split its time between decode and prompt tokens (for <see cref="SloSearch"/>; three passes' physics per iteration instead of one).</param>
    public ServingSimulator(ScenarioContext c, SchedulerSettings settings, ServiceLevel? serviceLevel = null, Action<RequestRecord>? records = null, bool accountCost = false)
    {
        _account = accountCost;
        _c = c;
        _settings = settings;
        _serviceLevel = serviceLevel;
        _records = records;
        _capacity = KvCapacity(c).Value;
        _hostLink = c.Scenario.Offload.Catalog?.HostLink(c.Accelerator) ?? BytesPerSecond.Zero;
        _drafting = c.Drafting;
        _lookahead = _drafting?.DraftTokens ?? 0;
        _seed = (ulong)settings.Seed;
        _blockTokens = settings.PrefixBlockTokens;
        _cache = _blockTokens > 0 ? new PrefixCache(MemoryPlanner.KvPerRequest(c, _blockTokens).Value) : null;
    }

    /// <summary>The KV pool per GPU: the usable memory left beside the weights and the activation workspace.</summary>
    public static Bytes KvCapacity(ScenarioContext c) => MemoryPlanner.Usable(c) - MemoryPlanner.WeightsPerGpu(c) - MemoryPlanner.Workspace(c);

    /// <summary>Runs the workload to its end (every request sent finishes).</summary>
    /// <param name="workload">What the clients send.</param>
    /// <param name="progress">Told the number of finished requests now and then (null: nobody asks).</param>
    public Result<SimulationResult> Run(SimulationWorkload workload, IProgress<long>? progress = null)
    {
        if (_capacity <= 0)
        {
            return Result.Fail<SimulationResult>("scenario", "gpus",
                $"leaves no memory for KV: the weights and workspace take all of {_c.Accelerator.Id}'s usable memory per GPU; use more GPUs per replica or lower precision.");
        }

        if (_settings.Preemption == PreemptionMode.Swap && _hostLink.Value <= 0)
        {
            return Result.Fail<SimulationResult>("simulation", "preemption",
                "is swap, but the catalog has no host link for this accelerator (data/storage.yaml); use recompute.");
        }

        var arrivals = new ArrivalQueue(workload);
        var t = 0.0;
        while (_error is null)
        {
            Arrive(arrivals, t);
            if (_running.Count == 0 && _waiting.Count == 0 && _swapped.Count == 0)
            {
                if (!arrivals.TryPeek(out var next))
                {
                    break;
                }

                t = Math.Max(t, next);
                continue;
            }

            var (mix, drafts, extra) = Schedule();
            if (_error is not null)
            {
                break;
            }

            if (_pass.Count == 0)
            {
                // Nothing can run: the head of the queue does not fit beside what holds the pool. Only swapped-out requests
                // can be in that state with an empty batch; they were checked to fit alone, so this cannot loop.
                return Result.Fail<SimulationResult>("simulation", "", "the scheduler could not run any request; this is a bug in the simulator.");
            }

            var pass = IterationModel.Time(_c, mix, out var stage);
            if (_account)
            {
                Account(mix, stage, pass);
            }

            if (_drafting is { } drafting && drafts.Requests > 0)
            {
                // The drafter's k passes over the decoding requests come before the verify pass.
                var draft = IterationModel.Time(drafting.Drafter, drafts, out var draftStage) * drafting.DraftTokens;
                if (_account)
                {
                    AccountDrafts(drafting, drafts, draftStage, draft);
                }

                pass += draft;
            }

            var dt = pass + extra;
            var end = t + dt.Value;
            _busy += dt.Value;
            _iterations++;
            Arrive(arrivals, end);
            Complete(t, end, arrivals);
            if (progress is not null && (_iterations & 1023) == 0)
            {
                progress.Report(_finished);
            }

            t = end;
        }

        if (_error is not null)
        {
            return Result.Fail<SimulationResult>(_error);
        }

        progress?.Report(_finished);
        var duration = _lastFinish;
        var window = _lastFinish - (double.IsNaN(_firstArrival) ? 0 : _firstArrival);
        return Result.Ok(new SimulationResult(
            _finished,
            new Seconds(duration),
            _inputTokens,
            _outputTokens,
            _ttft.Summary(),
            _tpot.Summary(),
            _itl.Summary(),
            _e2e.Summary(),
            _serviceLevel is null ? _finished : _good,
            new Seconds(_busy),
            _iterations,
            _preemptions,
            duration > 0 ? _areaWaiting / duration : 0,
            duration > 0 ? _areaRunning / duration : 0,
            window > 0 ? _areaInSystem / window : 0,
            duration > 0 ? _areaKv / duration : 0,
            duration > 0 ? _areaWaste / duration : 0,
            new Bytes(_capacity),
            _timeline.Points())
        {
            BusyEnergy = new Joules(_energy),
            DecodeBusyTime = new Seconds(_decodeBusy),
            PrefillBusyTime = new Seconds(_prefillBusy),
            PrefixHitTokens = _prefixHitTokens,
        });
    }

    // The pass's board energy per GPU (its micro-batches' work and sends at the power model's draw), and its time split
    // between its decode tokens and its prompt chunks in proportion to the time each part takes alone.
    private void Account(in IterationMix mix, in StepWork stage, Seconds time)
    {
        var microBatches = PipelineSchedule.MicroBatches(mix.Requests, _c.PipelineStages);
        var groups = _c.GroupsBusy(mix.Requests / microBatches);
        var link = ForwardPassCommunication.Sent(_c, mix.Tokens / microBatches, groups) * microBatches;
        _energy += PowerModel.Draw(_c, stage.Bytes * microBatches, stage.Flops * microBatches, link, time).Value * time.Value;
        var decode = mix.DecodePart;
        var prefill = mix.PrefillPart;
        var alone = (Decode: decode.Requests > 0 ? IterationModel.Time(_c, decode, out _).Value : 0, Prefill: prefill.Requests > 0 ? IterationModel.Time(_c, prefill, out _).Value : 0);
        var share = alone.Decode + alone.Prefill > 0 ? alone.Decode / (alone.Decode + alone.Prefill) : 0;
        _decodeBusy += time.Value * share;
        _prefillBusy += time.Value * (1 - share);
    }

    // The drafter's passes: their board energy, and their time owed to the output tokens they draft.
    private void AccountDrafts(DraftingContext drafting, in IterationMix drafts, in StepWork stage, Seconds time)
    {
        var link = ForwardPassCommunication.Sent(drafting.Drafter, drafts.Tokens, drafting.Drafter.GroupsBusy(drafts.Requests)) * drafting.DraftTokens;
        _energy += PowerModel.Draw(drafting.Drafter, stage.Bytes * drafting.DraftTokens, stage.Flops * drafting.DraftTokens, link, time).Value * time.Value;
        _decodeBusy += time.Value;
    }

    // Drafts of a verify pass accepted before the first rejection, each with probability α given the ones before: a
    // geometric draw from one uniform, P(j >= i) = α^i, capped at k. The uniform hashes the request's index, its tokens
    // so far and the seed, so a request's draws do not depend on what else the scheduler put in the pass.
    private int AcceptedDrafts(in RequestState r)
    {
        var alpha = _drafting!.Speculation.Acceptance;
        if (alpha <= 0)
        {
            return 0;
        }

        if (alpha >= 1)
        {
            return _lookahead;
        }

        var u = (double)((Mix((ulong)r.Index, (ulong)r.Generated, _seed) >> 11) + 1) / (1UL << 53);
        return (int)Math.Min(_lookahead, Math.Floor(Math.Log(u) / Math.Log(alpha)));
    }

    // SplitMix64's finaliser over the three words.
    private static ulong Mix(ulong a, ulong b, ulong c)
    {
        var z = (a * 0x9E3779B97F4A7C15UL) ^ (b + 0xD1B54A32D192ED03UL) ^ (c * 0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Every request that has arrived by `until` joins the waiting queue at its own arrival time.
    private void Arrive(ArrivalQueue arrivals, double until)
    {
        while (_error is null && arrivals.TryPeek(out var at) && at <= until)
        {
            var r = arrivals.Take();
            Check(r, arrivals);
            if (_error is not null)
            {
                return;
            }

            Advance(r.At);
            if (double.IsNaN(_firstArrival))
            {
                _firstArrival = r.At;
            }

            var slot = NewSlot();
            _slots[slot] = new RequestState
            {
                Index = _arrived++, Arrival = r.At, Input = r.InputTokens, Output = r.OutputTokens, Target = r.InputTokens, User = r.User,
                Computed = Cached(r.InputTokens), Blocks = _cache is null ? [] : r.Blocks,
            };
            if (!double.IsNaN(r.Prefilled.FirstTokenAt))
            {
                // Prefilled on a prefill instance: it comes with its prompt's KV and first token, and decodes the rest here.
                // Its latencies count from when the client sent it and when that first token reached the client.
                ref var p = ref _slots[slot];
                p.Arrival = r.Prefilled.SentAt;
                p.Computed = r.InputTokens;
                p.Target = r.InputTokens + 1;
                p.Generated = 1;
                p.FirstToken = p.LastToken = r.Prefilled.FirstTokenAt;
                _ttft.Record(r.Prefilled.FirstTokenAt - r.Prefilled.SentAt);
                if (p.Output <= 1)
                {
                    // Its one token came from the prefill: nothing is left to decode.
                    _inSystem++;
                    Finish(slot, r.Prefilled.FirstTokenAt, arrivals);
                    continue;
                }
            }

            _waiting.PushBack(slot);
            _inSystem++;
        }
    }

    // A request the model or the pool can never serve ends the run with an error naming it.
    private void Check(in ArrivalQueue.Arrival r, ArrivalQueue arrivals)
    {
        var maxContext = _c.Profile.Architecture.MaxContext;
        if (arrivals.OutOfOrder is { } order)
        {
            _error = new InputError("workload", "", $"request {_arrived + 1} arrives at {order.Arrival:0.######} s, before the one ahead of it ({order.Before:0.######} s); arrivals must be in time order.");
        }
        else if (r.InputTokens < 1 || r.OutputTokens < 1)
        {
            _error = new InputError("workload", "", $"request {_arrived + 1} (arriving at {r.At:0.###} s) has {r.InputTokens} input and {r.OutputTokens} output tokens; each needs at least 1.");
        }
        else if (maxContext > 0 && (long)r.InputTokens + r.OutputTokens > maxContext)
        {
            _error = new InputError("workload", "", $"request {_arrived + 1} (arriving at {r.At:0.###} s) has {r.InputTokens} + {r.OutputTokens} tokens, beyond {_c.Profile.Architecture.MaxContext:#,##0}, the model's maximum context.");
        }
        else if (Reserve(r.InputTokens + r.OutputTokens) > _capacity)
        {
            _error = new InputError("workload", "", $"request {_arrived + 1} (arriving at {r.At:0.###} s) needs {Reserve(r.InputTokens + r.OutputTokens) / 1e9:0.###} GB of KV per GPU at {r.InputTokens} + {r.OutputTokens} tokens, but the pool holds {_capacity / 1e9:0.###} GB: it could never run; use more GPUs per replica or shorter requests.");
        }
    }

    // KV bytes per GPU a request holds with `tokens` positions: whole blocks when paged.
    private double Reserve(int tokens) => MemoryPlanner.KvPerRequest(_c, Rounded(tokens)).Value;

    // What a request holds of its own with `tokens` positions: its blocks in the prefix cache are held there once.
    private double OwnReserve(in RequestState r, int tokens) => Math.Max(0, Reserve(tokens) - (r.Shared * (_cache?.BlockBytes ?? 0)));

    // Makes room in the pool by dropping idle cached prefix blocks; true when `need` more bytes now fit.
    private bool Fits(double need)
    {
        if (_held + need <= _capacity * (1 + 1e-12))
        {
            return true;
        }

        if (_cache is not null)
        {
            var freed = _cache.Evict(_held + need - _capacity);
            _held -= freed;
            _used -= freed;
        }

        return _held + need <= _capacity * (1 + 1e-12);
    }

    // Positions a request holds room for at `tokens`: whole blocks when paged.
    private int Rounded(int tokens)
    {
        var b = _settings.KvLayout == KvCacheLayout.Paged ? _settings.BlockSize : 1;
        return (tokens + b - 1) / b * b;
    }

    // Builds one iteration: which requests compute how many tokens, and the extra time of swaps.
    private (IterationMix Mix, IterationMix Drafts, Seconds Extra) Schedule()
    {
        _pass.Clear();
        var budget = _settings.MaxBatchedTokens;
        var extra = Seconds.Zero;
        var continuous = _settings.Batching == BatchingMode.Continuous;
        var prefillFirst = !continuous || _settings.Policy == SchedulingPolicy.PrefillFirst;
        var admitting = continuous || _running.Count == 0;

        if (prefillFirst)
        {
            budget = ScheduleRunning(budget, decoding: false);
            if (admitting)
            {
                extra += SwapIn();
                budget = Admit(budget);
            }

            budget = ScheduleRunning(budget, decoding: true);
        }
        else
        {
            budget = ScheduleRunning(budget, decoding: null);
            if (admitting)
            {
                extra += SwapIn();
                budget = Admit(budget);
            }
        }

        extra += _swapOut;
        _swapOut = Seconds.Zero;
        // The decode tokens are summed as counts and positions, the prompt chunks mix by mix.
        var mix = default(IterationMix);
        double decoding = 0, positions = 0, draftPositions = 0;
        foreach (var (slot, tokens) in _pass)
        {
            ref var r = ref _slots[slot];
            r.Scheduled = false;
            if (r.Decoding && tokens == 1)
            {
                decoding++;
                positions += _c.DecodeAttendedPositions(r.Computed + 1);
                if (_drafting is { } drafting)
                {
                    draftPositions += drafting.Drafter.DecodeAttendedPositions(r.Computed + 1);
                }
            }
            else
            {
                mix += IterationMix.Chunk(_c, r.Computed, r.Computed + tokens);
            }
        }

        if (decoding > 0)
        {
            mix += IterationMix.DecodeSum(_c.QueriesPerDecode, decoding, positions);
        }

        return (mix, _drafting is not null && decoding > 0 ? IterationMix.DecodeSum(1, decoding, draftPositions) : default, extra);
    }

    private Seconds _swapOut = Seconds.Zero;

    // Running requests in order: those decoding (true), those prefilling (false), or all (null). A snapshot of the
    // order is walked, since growing one request's KV may preempt others.
    private int ScheduleRunning(int budget, bool? decoding)
    {
        _snapshot.Clear();
        _snapshot.AddRange(_running);
        foreach (var slot in _snapshot)
        {
            if (budget == 0)
            {
                break;
            }

            ref var r = ref _slots[slot];
            if (r.Scheduled || !r.Running || (decoding is { } d && r.Decoding != d))
            {
                continue;
            }

            var tokens = Math.Min(r.Target - r.Computed, budget);
            // A request verifying drafts puts its k drafts through the pass too: they take budget and room for their KV
            // (vLLM's lookahead slots); it waits for a pass with that much budget left.
            var lookahead = r.Decoding ? _lookahead : 0;
            if (lookahead > 0 && budget < 1 + lookahead)
            {
                continue;
            }

            if (!Grow(slot, r.Computed + tokens + lookahead))
            {
                continue;
            }

            r.Scheduled = true;
            _pass.Add((slot, tokens));
            budget -= tokens + lookahead;
        }

        return budget;
    }

    private readonly List<int> _snapshot = [];

    // Grows a running request's KV to `tokens` positions, preempting the lowest-priority unscheduled requests (the most
    // recently admitted) while the pool is short; false when the request itself had to go.
    private bool Grow(int slot, int tokens)
    {
        if (_settings.KvLayout == KvCacheLayout.Contiguous)
        {
            return true;
        }

        if (tokens <= _slots[slot].HeldPositions)
        {
            return true;
        }

        var need = OwnReserve(_slots[slot], tokens) - _slots[slot].HeldBytes;
        while (need > 0 && !Fits(need))
        {
            var victim = LowestPriority(slot);
            Preempt(victim);
            if (victim == slot)
            {
                return false;
            }
        }

        if (need > 0)
        {
            _held += need;
            _slots[slot].HeldBytes += need;
        }

        _slots[slot].HeldPositions = Rounded(tokens);
        return true;
    }

    // The last admitted running request that is not in this pass (the requester itself when all others are).
    private int LowestPriority(int requester)
    {
        for (var i = _running.Count - 1; i >= 0; i--)
        {
            var slot = _running[i];
            if (slot != requester && !_slots[slot].Scheduled)
            {
                return slot;
            }
        }

        return requester;
    }

    private void Preempt(int slot)
    {
        ref var r = ref _slots[slot];
        _running.Remove(slot);
        r.Running = false;
        _preemptions++;
        r.Preemptions++;
        _used -= r.UsedBytes;
        if (_settings.Preemption == PreemptionMode.Swap)
        {
            // Each GPU copies its shard to host memory over its own link; the KV comes back intact.
            _swapOut += new Bytes(r.HeldBytes) / _hostLink;
            _held -= r.HeldBytes;
            _swapped.PushBack(slot);
            return;
        }

        _held -= r.HeldBytes;
        r.HeldBytes = 0;
        r.HeldPositions = 0;
        r.UsedBytes = 0;
        if (r.Shared > 0)
        {
            _cache!.Release(r.Blocks, r.Shared);
            r.Shared = 0;
        }

        // Recompute: one prefill of the prompt and every token emitted, which then emits the next token.
        r.Computed = Cached(r.Input);
        r.Target = r.Input + r.Generated;
        _waiting.PushFront(slot);
    }

    // Prompt tokens found in the prefix cache: their KV is not computed again (at least the last token always is, since
    // its pass emits the next token).
    private int Cached(int input) => Math.Min((int)Math.Floor(_settings.PrefixHitRate * input), input - 1);

    // Swapped-out requests come back first, while they fit.
    private Seconds SwapIn()
    {
        var time = Seconds.Zero;
        while (_swapped.Count > 0 && _running.Count < _settings.MaxRunningRequests)
        {
            ref var r = ref _slots[_swapped.Front];
            if (!Fits(r.HeldBytes))
            {
                break;
            }

            _held += r.HeldBytes;
            _used += r.UsedBytes;
            time += new Bytes(r.HeldBytes) / _hostLink;
            r.Running = true;
            _running.Add(_swapped.PopFront());
        }

        return time;
    }

    // A request about to be admitted takes the longest run of its first blocks the prefix cache holds: their KV is not
    // computed again (at least its prompt's last token is, since that pass emits the next token). Returns the tokens found.
    private int Match(ref RequestState r)
    {
        if (_cache is null || r.Blocks.IsDefaultOrEmpty || r.Shared > 0)
        {
            return 0;
        }

        var n = _cache.Match(r.Blocks, (r.Input - 1) / _blockTokens);
        if (n == 0)
        {
            return 0;
        }

        _cache.Acquire(r.Blocks, 0, n);
        r.Shared = n;
        var found = Math.Max(0, (n * _blockTokens) - r.Computed);
        r.Computed = Math.Max(r.Computed, n * _blockTokens);
        return found;
    }

    // Undoes a match when the request could not be admitted after all.
    private void Unmatch(ref RequestState r, int found)
    {
        if (r.Shared == 0 || _cache is null)
        {
            return;
        }

        _cache.Release(r.Blocks, r.Shared);
        r.Computed -= found;
        r.Shared = 0;
    }

    // A request whose prompt's KV is all computed puts its whole blocks into the prefix cache; a block another request
    // put there meanwhile is shared instead, and this request's copy freed.
    private void Publish(ref RequestState r)
    {
        var whole = Math.Min(r.Input / _blockTokens, r.Blocks.Length);
        if (whole <= r.Shared)
        {
            return;
        }

        var duplicates = _cache!.Publish(r.Blocks, r.Shared, whole);
        var moved = Math.Min(r.HeldBytes, (whole - r.Shared) * _cache.BlockBytes);
        var freed = Math.Min(moved, duplicates * _cache.BlockBytes);
        r.HeldBytes -= moved;
        _held -= freed;
        // The new blocks hold tokens in the cache now (the request's own share is recounted by its caller).
        _used += moved - freed;
        r.Shared = whole;
    }

    // New requests in order while the batch, the budget and the pool allow; the head blocks the rest (first come, first served).
    private int Admit(int budget)
    {
        // A static batch takes every request that fits at once, whatever this pass's token budget: the prompts it cannot
        // prefill now are prefilled in the next passes, before any decode step.
        var whole = _settings.Batching == BatchingMode.Static;
        while (_waiting.Count > 0 && _running.Count < _settings.MaxRunningRequests && (budget > 0 || whole) && _swapped.Count == 0)
        {
            var slot = _waiting.Front;
            ref var r = ref _slots[slot];
            var matched = Match(ref r);
            var tokens = Math.Min(r.Target - r.Computed, budget);
            var need = _settings.KvLayout == KvCacheLayout.Contiguous ? Reserve(r.Input + r.Output) : OwnReserve(r, r.Computed + tokens);
            if (!Fits(need))
            {
                Unmatch(ref r, matched);
                break;
            }

            _waiting.PopFront();
            _prefixHitTokens += r.Preemptions == 0 ? matched : 0;
            _held += need;
            r.HeldBytes = need;
            r.HeldPositions = _settings.KvLayout == KvCacheLayout.Contiguous ? r.Input + r.Output : Rounded(r.Computed + tokens);
            r.Running = true;
            _running.Add(slot);
            if (tokens > 0)
            {
                r.Scheduled = true;
                _pass.Add((slot, tokens));
                budget -= tokens;
            }
        }

        return budget;
    }

    // The pass ends at `end`: tokens computed, tokens emitted, requests finished.
    private void Complete(double start, double end, ArrivalQueue arrivals)
    {
        Advance(end);
        var finished = 0;
        long steady = 0;
        foreach (var (slot, tokens) in _pass)
        {
            ref var r = ref _slots[slot];
            // A verify pass keeps the drafts accepted before the first rejection: their KV is computed, and they are emitted
            // with the model's own token in one chunk (one inter-token gap, as a streaming client sees it).
            var accepted = 0;
            if (_lookahead > 0 && r.Decoding && tokens == 1)
            {
                accepted = Math.Min(AcceptedDrafts(r), r.Output - r.Generated - 1);
            }

            r.Computed += tokens + accepted;
            if (_cache is not null && r.Computed >= r.Input && !r.Blocks.IsDefaultOrEmpty)
            {
                Publish(ref r);
            }

            var used = MemoryPlanner.KvPerRequest(_c, r.Computed).Value;
            if (r.Shared > 0)
            {
                // Its blocks in the prefix cache hold their tokens there.
                used = Math.Max(0, used - (r.Shared * _cache!.BlockBytes));
            }

            _used += used - r.UsedBytes;
            r.UsedBytes = used;
            if (r.Computed < r.Target)
            {
                continue;
            }

            if (r.Generated == 0)
            {
                r.FirstToken = end;
                _ttft.Record(end - r.Arrival);
            }
            else if (r.LastToken == start)
            {
                // Emitted in the pass before too: its gap is this pass, shared by most of the batch (recorded at once below).
                steady++;
            }
            else
            {
                _itl.Record(end - r.LastToken);
            }

            r.Generated += 1 + accepted;
            r.LastToken = end;
            if (r.Generated < r.Output)
            {
                r.Target = r.Computed + 1;
                continue;
            }

            Finish(slot, end, arrivals);
            finished++;
        }

        if (steady > 0)
        {
            _itl.Record(end - start, steady);
        }

        if (finished > 0)
        {
            _running.RemoveAll(s => !_slots[s].Running);
        }
    }

    private void Finish(int slot, double end, ArrivalQueue arrivals)
    {
        ref var r = ref _slots[slot];
        var record = new RequestRecord(r.Index, r.Arrival, r.Input, r.Output, r.FirstToken, end, r.Preemptions);
        _e2e.Record(record.E2e);
        if (r.Output > 1)
        {
            _tpot.Record(record.Tpot);
        }

        if (_serviceLevel is null || _serviceLevel.MetBy(record.Ttft, record.Tpot, record.E2e))
        {
            _good++;
        }

        _records?.Invoke(record);
        _finished++;
        _inSystem--;
        _inputTokens += r.Input;
        _outputTokens += r.Output;
        _lastFinish = Math.Max(_lastFinish, end);
        if (r.Shared > 0)
        {
            _cache!.Release(r.Blocks, r.Shared);
            r.Shared = 0;
        }

        _held -= r.HeldBytes;
        _used -= r.UsedBytes;
        r.Running = false;
        arrivals.Finished(r.User, end);
        _free.Push(slot);
    }

    // Integrates the state held since the last event up to `time`.
    private void Advance(double time)
    {
        var dt = time - _last;
        if (dt <= 0)
        {
            return;
        }

        _areaInSystem += _inSystem * dt;
        _areaWaiting += _waiting.Count * dt;
        _areaRunning += _running.Count * dt;
        var kv = _held / _capacity;
        _areaKv += kv * dt;
        _areaWaste += Math.Max(0, _held - _used) / _capacity * dt;
        _timeline.Add(time, _waiting.Count, _running.Count, kv);
        _last = time;
    }

    private int NewSlot()
    {
        if (_free.Count > 0)
        {
            return _free.Pop();
        }

        var slot = _arrivedSlots++;
        if (slot == _slots.Length)
        {
            Array.Resize(ref _slots, _slots.Length * 2);
        }

        return slot;
    }

}
