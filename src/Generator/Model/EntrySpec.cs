using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Model
{
    internal enum ReturnKind
    {
        Void,
        Value,
        Task,
        TaskOfValue,
        ValueTask,
        ValueTaskOfValue,
    }

    /// <summary>One parameter of an entry: its name and <c>global::</c>-qualified type.</summary>
    internal sealed record ParameterSpec(string Name, string TypeName, bool IsCancellationToken);

    /// <summary>
    /// A valid <c>[ProcessEntry]</c> method, as the dispatch table needs it. Only strings, numbers, enums and
    /// <see cref="EquatableArray{T}"/>: equal specs from two runs compare equal, so emission is skipped when an
    /// edit did not touch an entry.
    /// </summary>
    /// <param name="Id">The entry id (see <see cref="EntryIds"/>).</param>
    /// <param name="Signature">The fully qualified signature the id was hashed from.</param>
    /// <param name="DisplayName">The short form for messages.</param>
    /// <param name="ContainingTypeName">The <c>global::</c>-qualified declaring type.</param>
    /// <param name="MethodName">The method's name.</param>
    /// <param name="ResultTypeName">The <c>global::</c>-qualified result type; empty when the entry returns nothing.</param>
    internal sealed record EntrySpec(
        ulong Id,
        string Signature,
        string DisplayName,
        string ContainingTypeName,
        string MethodName,
        EquatableArray<ParameterSpec> Parameters,
        ReturnKind ReturnKind,
        string ResultTypeName);
}
