using NodaTime;

namespace ChildPlan.Tests.Model;

public sealed class DocumentDateTests
{
    [Fact]
    public void A_full_date_has_its_month_and_day()
    {
        Assert.True(DocumentDate.TryParse("2021-06-09", out var date));
        Assert.Equal(new LocalDate(2021, 6, 9), date.Date);
        Assert.Equal(new YearMonth(2021, 6), date.YearMonth);
        Assert.Equal("2021-06-09", date.ToString());
        Assert.Equal(new DocumentDate(new LocalDate(2021, 6, 9)), date);
    }

    [Fact]
    public void A_blank_day_keeps_the_month_only()
    {
        Assert.True(DocumentDate.TryParse("2023-04", out var date));
        Assert.Null(date.Date);
        Assert.Equal(new YearMonth(2023, 4), date.YearMonth);
        Assert.Equal("2023-04", date.ToString());
        Assert.NotEqual(new DocumentDate(new LocalDate(2023, 4, 1)), date);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2021-02-30")]
    [InlineData("09/06/2021")]
    [InlineData("")]
    public void Other_text_is_not_a_document_date(string text)
    {
        Assert.False(DocumentDate.TryParse(text, out _));
    }
}
