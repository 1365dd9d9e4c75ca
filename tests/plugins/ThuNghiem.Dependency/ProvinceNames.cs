namespace ThuNghiem.Dependency;

/// <summary>A dependency of the test plugin, so a test can leave it out of the plugin folder.</summary>
public static class ProvinceNames
{
    public static string Display(string name) => "Tỉnh " + name;
}
