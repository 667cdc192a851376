namespace EvDashboard.Core.Alerts;

/// <summary>A daily window, in site-local minutes after midnight, when a rule's e-mails and webhooks wait; it may wrap past midnight (22:00–07:00).</summary>
public sealed record QuietHours
{
    public const int MinutesPerDay = 24 * 60;

    public QuietHours(int startMinute, int endMinute)
    {
        if (startMinute is < 0 or >= MinutesPerDay || endMinute is < 0 or >= MinutesPerDay)
        {
            throw new ArgumentException("Quiet hours start and end between 00:00 and 23:59.");
        }

        if (startMinute == endMinute)
        {
            throw new ArgumentException("Quiet hours need a start and an end that differ.");
        }

        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int StartMinute { get; }

    public int EndMinute { get; }

    public bool Contains(TimeOnly localTime)
    {
        var minute = (localTime.Hour * 60) + localTime.Minute;
        return StartMinute < EndMinute
            ? minute >= StartMinute && minute < EndMinute
            : minute >= StartMinute || minute < EndMinute;
    }

    /// <summary>The local time the window ends after <paramref name="local"/> (which must be inside it).</summary>
    public DateTime EndAfter(DateTime local)
    {
        var end = local.Date.AddMinutes(EndMinute);
        return end > local ? end : end.AddDays(1);
    }

    public override string ToString() => $"{StartMinute / 60:00}:{StartMinute % 60:00}–{EndMinute / 60:00}:{EndMinute % 60:00}";
}
