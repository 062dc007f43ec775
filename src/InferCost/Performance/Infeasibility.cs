using System.Globalization;
using InferCost.Results;

namespace InferCost.Performance;

/// <summary>
/// The one wording of each reason a batch cannot be served, made from the numbers of its <see cref="MemoryFit"/>: the
/// estimate's error, a sweep row's reason and the context analysis all say the same sentence. Fields are named by their
/// ids or in words, never as a front end's flags.
/// </summary>
public static class Infeasibility
{
    /// <summary>Why the batch cannot be served (empty for a feasible one).</summary>
    /// <param name="fit">The decision and its figures.</param>
    /// <param name="cap">The scheduler's limit of requests in flight per replica.</param>
    /// <param name="maxContext">The model's maximum context in tokens.</param>
    /// <param name="context">The request's input + output tokens.</param>
    public static string Reason(in MemoryFit fit, int cap, int maxContext, long context) => fit.Status switch
    {
        PointStatus.Feasible => "",
        PointStatus.ExceedsContext => ExceedsContext(context, maxContext),
        PointStatus.NothingFits => Text($"not even one request fits: {Gb(fit.Required)} GB needed per GPU, {Gb(fit.Usable)} GB usable{Tier(fit)}"),
        PointStatus.ExceedsRequestLimit => Text(
            $"batch {fit.Batch} exceeds the serving stack's limit of {cap} requests in flight per replica; the largest batch that fits is {fit.MaxBatch}"),
        PointStatus.BatchDoesNotFit => Text(
            $"batch {fit.Batch} does not fit: needs {Gb(fit.Required)} GB per GPU, {Gb(fit.Usable)} GB usable{Tier(fit)}; the largest batch that fits is {fit.MaxBatch}"),
        _ => "the scenario is not valid",
    };

    /// <summary>Why a request of <paramref name="context"/> tokens (input + output) cannot be served by a model of <paramref name="maxContext"/>.</summary>
    public static string ExceedsContext(long context, int maxContext) =>
        Text($"input + output = {context:#,##0} tokens exceeds the model's maximum context of {maxContext:#,##0} tokens");

    /// <summary>What would make the batch servable, in field ids and words (empty when nothing general helps).</summary>
    public static string Advice(PointStatus status) => status switch
    {
        PointStatus.NothingFits => "More GPUs per replica (tp), a lower weight or KV precision (weights, kv) or a shorter context (input, output) would make room.",
        PointStatus.BatchDoesNotFit => "A smaller batch, or batch 'max' for the largest that fits.",
        _ => "",
    };

    /// <summary>The stable error code of a status (see <see cref="ErrorCodes"/>).</summary>
    public static string Code(PointStatus status) => status switch
    {
        PointStatus.ExceedsContext => ErrorCodes.ExceedsContext,
        PointStatus.NothingFits => ErrorCodes.NothingFits,
        PointStatus.ExceedsRequestLimit => ErrorCodes.ExceedsRequestLimit,
        PointStatus.BatchDoesNotFit => ErrorCodes.BatchDoesNotFit,
        _ => "",
    };

    /// <summary>The field the problem is charged to: the context for exceeds-context, the batch otherwise.</summary>
    public static string Field(PointStatus status) => status == PointStatus.ExceedsContext ? "input" : "batch";

    /// <summary>The problem as a field error: the reason, then the advice.</summary>
    public static InputError Error(in MemoryFit fit, int cap, int maxContext, long context, string source = "scenario")
    {
        var advice = Advice(fit.Status);
        var reason = Reason(fit, cap, maxContext, context) + ".";
        return new InputError(source, Field(fit.Status), advice.Length == 0 ? reason : reason + " " + advice, Code(fit.Status));
    }

    // With offload, what does not fit is beyond HBM and the tier together: name both.
    private static string Tier(in MemoryFit fit) =>
        fit.Offload.Value > 0 ? Text($" in HBM plus {Gb(fit.Offload)} GB in the offload tier (offload-dram-gb or offload-tb)") : "";

    // Error messages are engine output read by people; one decimal of GB is what they need.
    private static string Gb(Units.Bytes b) => (b.Value / 1e9).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
