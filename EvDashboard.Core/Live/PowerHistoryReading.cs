namespace EvDashboard.Core.Live;

/// <summary>A session's energy register at a moment: a billing-register sample, its meterStart or its meterStop.</summary>
internal readonly record struct PowerHistoryReading(int TransactionId, DateTimeOffset At, long Wh);
