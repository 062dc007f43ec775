using System.CommandLine;

namespace InferCost.Cli.Commands;

/// <summary>Options shared by commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Catalog() => new("--catalog")
    {
        Description = "Read the catalog from this folder (laid out like the repository's data/) instead of the built-in one.",
        HelpName = "DIR",
    };

    public static Option<string?> Calibration() => new("--calibration")
    {
        Description = "Achievable-efficiency profile to apply: a file written by `infercost calibrate`, or 'none' for the catalog's uncalibrated figures (default: the profile the catalog ships).",
        HelpName = "FILE|none",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
