using System.Collections.Immutable;
using InferCost.Catalog;
using InferCost.Results;

namespace InferCost.Scenarios;

/// <summary>
/// Speculative decoding: each iteration a drafter proposes <see cref="DraftTokens"/> tokens one pass at a time, and the
/// model verifies them all in one forward pass of k + 1 query tokens per request, keeping the drafts up to the first one
/// it rejects and adding one token of its own. The drafter is the model's own multi-token-prediction module (MTP) or a
/// smaller draft model on the same GPUs.
/// </summary>
/// <param name="Drafter">The drafter's model: the MTP module (one decoder layer with the model's embedding and head) or the draft model.</param>
/// <param name="IsMtp">Whether the drafter is the model's own MTP module, which shares its embedding and LM head.</param>
/// <param name="DraftTokens">Tokens drafted per iteration, k.</param>
/// <param name="Acceptance">Probability α that a drafted token is accepted, given the ones before it were.</param>
public sealed record Speculation(ModelEntry Drafter, bool IsMtp, int DraftTokens, double Acceptance)
{
    /// <summary>The field that turns it on: mtp or a draft model's id.</summary>
    public const string FieldId = "speculative";

    /// <summary>The field of the tokens drafted per iteration.</summary>
    public const string DraftTokensFieldId = "draft-tokens";

    /// <summary>The field of the acceptance rate.</summary>
    public const string AcceptanceFieldId = "acceptance";

    /// <summary>The name that picks the model's own MTP module.</summary>
    public const string MtpName = "mtp";

    /// <summary>The most tokens drafted per iteration (stacks offer a handful; acceptance makes more worthless).</summary>
    public const int MaxDraftTokens = 16;

    /// <summary>The default draft length: one token, what an MTP module is trained for and what DeepSeek-V3 reports its acceptance at.</summary>
    public const int DefaultDraftTokens = 1;

    /// <summary>Tokens one verify pass yields per request on average (<see cref="TokensPerVerify"/>).</summary>
    public double TokensPerIteration => TokensPerVerify(DraftTokens, Acceptance);

    /// <summary>The field's text: mtp, or the draft model's id.</summary>
    public string Text => IsMtp ? MtpName : Drafter.Id;

    /// <summary>
    /// Tokens one verify pass yields on average when each of k drafts is accepted with probability α given the earlier
    /// ones were: the accepted prefix plus the model's own next token, 1 + α + ... + α^k = (1 - α^(k+1)) / (1 - α)
    /// (Leviathan, Kalman and Matias 2023, eq. 1); k + 1 at α = 1.
    /// </summary>
    public static double TokensPerVerify(int draftTokens, double acceptance) =>
        acceptance >= 1 ? draftTokens + 1 : (1 - Math.Pow(acceptance, draftTokens + 1)) / (1 - acceptance);

    /// <summary>
    /// The model's MTP module as a drafter model: one decoder layer shaped like the model's last (DeepSeek-V3's MTP module
    /// is a full MLA + MoE layer) with the model's embedding and LM head, which it shares. The module's small projection
    /// of [embedding; hidden] (2d x d) is left out: under 1% of the layer's weights.
    /// </summary>
    public static ModelEntry MtpModule(ModelEntry model)
    {
        var arch = model.Profile.Architecture;
        var module = arch with { Layers = ImmutableArray.Create(arch.Layers[^1]), NextTokenLayers = 0 };
        return model with { Id = model.Id + "-mtp", Name = model.Name + " MTP module", Profile = new Architecture.ModelProfile(module), Published = null, Mtp = null };
    }

    /// <summary>
    /// Speculative decoding of <paramref name="model"/> with the drafter named <paramref name="drafter"/> (mtp or a draft
    /// model's catalog id), or the problems in field terms. The acceptance defaults to the MTP module's published rate
    /// where the catalog has one; a draft model's depends on the pair and the text, so it must be given.
    /// </summary>
    public static Result<Speculation> Resolve(ModelEntry model, string drafter, int? draftTokens, double? acceptance, InferCostCatalog catalog)
    {
        var k = draftTokens ?? DefaultDraftTokens;
        if (drafter == MtpName)
        {
            if (model.Profile.Architecture.NextTokenLayers < 1)
            {
                return Result.Fail<Speculation>("scenario", FieldId,
                    $"is mtp, but {model.Id}'s config declares no multi-token-prediction module (num_nextn_predict_layers); give a draft model's catalog id instead.");
            }

            var rate = acceptance ?? model.Mtp?.Acceptance;
            return rate is { } a
                ? Result.Ok(new Speculation(MtpModule(model), IsMtp: true, k, a))
                : Result.Fail<Speculation>("scenario", AcceptanceFieldId,
                    $"is needed with speculative mtp: the catalog has no published acceptance rate for {model.Id}'s MTP module; give the share of drafted tokens accepted (0 to 1).");
        }

        var found = catalog.FindModel(drafter, FieldId);
        if (!found.Succeeded)
        {
            return Result.Fail<Speculation>(found.Errors);
        }

        var draft = found.Value;
        if (draft.Profile.Architecture.VocabSize != model.Profile.Architecture.VocabSize)
        {
            return Result.Fail<Speculation>("scenario", FieldId,
                $"has a vocabulary of {draft.Profile.Architecture.VocabSize:#,##0} tokens and {model.Id} {model.Profile.Architecture.VocabSize:#,##0}: a draft model must propose the model's own tokens; pick one of its family.");
        }

        if (draft.Profile.Parameters.Total >= model.Profile.Parameters.Total)
        {
            return Result.Fail<Speculation>("scenario", FieldId,
                $"is no smaller than {model.Id}: drafting with it costs more than decoding; pick a smaller model of the family.");
        }

        return acceptance is { } given
            ? Result.Ok(new Speculation(draft, IsMtp: false, k, given))
            : Result.Fail<Speculation>("scenario", AcceptanceFieldId,
                $"is needed with a draft model: how often {drafter}'s tokens are accepted depends on the pair and the text; give the share of drafted tokens accepted (0 to 1), e.g. from a benchmark of the pair.");
    }
}
