using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EvDashboard.Core.Data;

/// <summary>Stores a timestamp as UTC ticks (an integer SQLite can compare, order and index) and reads it back as UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
