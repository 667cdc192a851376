using System.Globalization;
using EvDashboard.Core.Seeding;

namespace EvDashboard.Seeding;

/// <summary>Parses <c>seed --sessions N --days D [--charge-points C] [--random-seed S] [--append]</c>.</summary>
internal static class SeedArguments
{
    public const string Usage = "Usage: seed --sessions N --days D [--charge-points C] [--random-seed S] [--append]";

    /// <returns>The request, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static SeedRequest? Parse(IReadOnlyList<string> args, out string error)
    {
        int? sessions = null, days = null, chargePoints = null;
        var randomSeed = 1;
        var append = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--append")
            {
                append = true;
                continue;
            }

            if (name is not ("--sessions" or "--days" or "--charge-points" or "--random-seed"))
            {
                error = $"Unknown argument '{name}'. {Usage}";
                return null;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"{name} needs a whole number. {Usage}";
                return null;
            }

            _ = name switch
            {
                "--sessions" => sessions = value,
                "--days" => days = value,
                "--charge-points" => chargePoints = value,
                _ => randomSeed = value,
            };
        }

        error = Validate(sessions, days, chargePoints);
        return error.Length == 0 ? new SeedRequest(sessions!.Value, days!.Value, chargePoints, randomSeed, append) : null;
    }

    private static string Validate(int? sessions, int? days, int? chargePoints) =>
        sessions is not (>= 1 and <= SeedRequest.MaxSessions) ? $"--sessions is required and must be 1..{SeedRequest.MaxSessions:N0}. {Usage}"
        : days is not (>= 1 and <= SeedRequest.MaxDays) ? $"--days is required and must be 1..{SeedRequest.MaxDays}. {Usage}"
        : chargePoints is not null and not (>= 1 and <= SeedRequest.MaxChargePoints) ? $"--charge-points must be 1..{SeedRequest.MaxChargePoints:N0}. {Usage}"
        : string.Empty;
}
