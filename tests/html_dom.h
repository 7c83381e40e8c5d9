// Reading a generated HTML page in tests the way a browser's parser would
// see it (libxml2's HTML parser): elements, attributes, text.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

namespace baocao::testing {

class HtmlDom {
public:
    explicit HtmlDom(const std::string& html)
        : doc_(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                              HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
               &xmlFreeDoc) {}

    bool parsed() const { return doc_ != nullptr; }
    const xmlNode* root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

    // Elements in document order, those with the attribute (or all for "").
    std::vector<const xmlNode*> elements(const char* with_attribute = "", const char* name = "") const {
        std::vector<const xmlNode*> found;
        collect(root(), with_attribute, name, found);
        return found;
    }

    const xmlNode* by_id(const std::string& id) const {
        for (const auto* node : elements("id"))
            if (attribute(node, "id") == id) return node;
        return nullptr;
    }

    static std::string attribute(const xmlNode* node, const char* name) {
        xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        if (!value) return "";
        std::string text(reinterpret_cast<const char*>(value));
        xmlFree(value);
        return text;
    }
    static bool has_attribute(const xmlNode* node, const char* name) {
        return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
    }

    static std::string text(const xmlNode* node) {
        xmlChar* content = xmlNodeGetContent(node);
        if (!content) return "";
        std::string text(reinterpret_cast<const char*>(content));
        xmlFree(content);
        return text;
    }

    static bool inside(const xmlNode* node, const xmlNode* ancestor) {
        for (const xmlNode* n = node->parent; n; n = n->parent)
            if (n == ancestor) return true;
        return false;
    }

    static std::string name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

private:
    static void collect(const xmlNode* node, const char* with_attribute, const char* name,
                        std::vector<const xmlNode*>& found) {
        for (const xmlNode* n = node; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE) continue;
            if ((!*with_attribute || has_attribute(n, with_attribute)) && (!*name || HtmlDom::name(n) == name))
                found.push_back(n);
            collect(n->children, with_attribute, name, found);
        }
    }

    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc_;
};

}  // namespace baocao::testing
