using NodaTime;

namespace ChildPlan.Reporting.Localization;

/// <summary>Việt Nam's time zone, in which report dates, "today" and the times workbooks show are taken.</summary>
public static class VietnamTime
{
    /// <summary>The zone (<c>Asia/Ho_Chi_Minh</c>, UTC+7 without daylight saving time since 1975).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>The date <paramref name="instant"/> falls on in Việt Nam.</summary>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The local date and time of <paramref name="instant"/> in Việt Nam.</summary>
    public static LocalDateTime TimeOf(Instant instant) => instant.InZone(Zone).LocalDateTime;
}
