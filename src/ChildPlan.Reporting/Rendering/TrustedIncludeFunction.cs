using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ChildPlan.Reporting.Rendering;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked as <see cref="IncludedOutput"/>: the included template's own values
/// were escaped as it rendered, for the same format, so its output must not be escaped a second time.
/// </summary>
internal sealed class TrustedIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction include = new();

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(IncludedOutput);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new IncludedOutput(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new IncludedOutput(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? string.Empty);
}
