using System.Reflection;
using System.Reflection.Emit;
using ArchiveSearch.Index.Store;

namespace ArchiveSearch.Index.Tests;

/// <summary>
/// The index assembly's namespaces depend on each other one way: a cycle between two folders (Store using Search
/// while Search uses Store) is a failure that names the types on each edge.
/// </summary>
public sealed class NamespaceLayeringTests
{
    private static readonly Assembly IndexAssembly = typeof(ArchiveIndex).Assembly;

    [Fact]
    public void No_namespace_of_the_index_assembly_depends_on_itself_through_another()
    {
        var edges = NamespaceDependencies.Of(IndexAssembly);
        var cycles = NamespaceDependencies.Cycles(edges);

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles.Select(cycle =>
            string.Join(" ↔ ", cycle) + "\n    " + string.Join("\n    ", NamespaceDependencies.EdgesWithin(edges, cycle)))));
    }

    [Fact]
    public void The_dependency_reader_sees_a_call_made_only_inside_a_method_body()
    {
        // ArchiveIndex calls IndexProcessLock.Acquire only in its constructor's body: the reader must see that edge.
        var uses = NamespaceDependencies.TypesUsedBy(typeof(ArchiveIndex));

        Assert.Contains(typeof(IndexProcessLock), uses);
    }
}

/// <summary>Which namespaces of an assembly use which, read from signatures, fields, locals and method bodies.</summary>
internal static class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>namespace → namespaces it uses → example "Type → Type" edges.</summary>
    public static Dictionary<string, Dictionary<string, SortedSet<string>>> Of(Assembly assembly)
    {
        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = OuterType(type);
            if (from.Namespace is not { } fromNamespace)
                continue;
            foreach (var used in TypesUsedBy(type))
            {
                var to = OuterType(used);
                if (to.Assembly != assembly || to.Namespace is not { } toNamespace || toNamespace == fromNamespace)
                    continue;
                if (!edges.TryGetValue(fromNamespace, out var targets))
                    edges[fromNamespace] = targets = new(StringComparer.Ordinal);
                if (!targets.TryGetValue(toNamespace, out var examples))
                    targets[toNamespace] = examples = new(StringComparer.Ordinal);
                examples.Add($"{from.Name} → {to.Name}");
            }
        }

        return edges;
    }

    /// <summary>The strongly connected groups of more than one namespace (Tarjan's algorithm).</summary>
    public static List<List<string>> Cycles(Dictionary<string, Dictionary<string, SortedSet<string>>> edges)
    {
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(t => t.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<List<string>>();
        var counter = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] != index[node])
                return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            } while (member != node);
            if (group.Count > 1)
                groups.Add(group.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in nodes)
            if (!index.ContainsKey(node))
                Visit(node);
        return groups;
    }

    public static IEnumerable<string> EdgesWithin(Dictionary<string, Dictionary<string, SortedSet<string>>> edges, List<string> group) =>
        from source in @group
        where edges.ContainsKey(source)
        from target in edges[source]
        where @group.Contains(target.Key)
        select $"{source} → {target.Key}: {string.Join(", ", target.Value.Take(4))}";

    public static HashSet<Type> TypesUsedBy(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? used)
        {
            if (used is null || !found.Add(used))
                return;
            if (used.HasElementType)
                Add(used.GetElementType());
            if (used.IsGenericType && !used.IsGenericTypeDefinition)
            {
                Add(used.GetGenericTypeDefinition());
                foreach (var argument in used.GetGenericArguments())
                    Add(argument);
            }
        }

        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces())
            Add(contract);
        foreach (var attribute in type.CustomAttributes)
            Add(attribute.AttributeType);
        foreach (var field in type.GetFields(Everything))
            Add(field.FieldType);
        foreach (var property in type.GetProperties(Everything))
            Add(property.PropertyType);
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
                Add(info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Add(parameter.ParameterType);
            var body = method.GetMethodBody();
            if (body is null)
                continue;
            foreach (var local in body.LocalVariables)
                Add(local.LocalType);
            foreach (var member in MembersIn(method, body.GetILAsByteArray() ?? []))
            {
                switch (member)
                {
                    case Type used:
                        Add(used);
                        break;
                    case MethodBase called:
                        Add(called.DeclaringType);
                        if (called is MethodInfo { IsGenericMethod: true } generic)
                            foreach (var argument in generic.GetGenericArguments())
                                Add(argument);
                        break;
                    case FieldInfo field:
                        Add(field.DeclaringType);
                        Add(field.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>The types, methods and fields a method body names (its tokens), walking the IL opcode by opcode.</summary>
    private static IEnumerable<MemberInfo> MembersIn(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[position++]);
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    MemberInfo? member = null;
                    try
                    {
                        member = module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                    }

                    if (member is not null)
                        yield return member;
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + 4 * BitConverter.ToInt32(il, position);
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private static Type OuterType(Type type)
    {
        while (type.IsNested && type.DeclaringType is { } outer)
            type = outer;
        return type;
    }
}
