package org.offerbridge.rfqform.internal;

/**
 * What the seller puts on their website. The script (served by us from {@code {formUrl}/embed.js}, no other assets)
 * draws a button with the form's label right after itself and opens the form in an overlay: a modal dialog with an
 * inline frame and a close button, closed also with Escape or a click beside it, focus returned to the button. A
 * {@code data-sku} attribute on the script tag opens the form with that product chosen. For pages that allow no
 * scripts there are a plain link and an inline frame.
 */
final class Embed {
    private Embed() {
    }

    /** The script tag with a plain link for browsers without scripts. */
    static String snippet(String formUrl, String label) {
        return "<script src=\"" + FormPage.esc(formUrl) + "/embed.js\" defer></script>\n<noscript>" + link(formUrl, label) + "</noscript>";
    }

    static String link(String formUrl, String label) {
        return "<a href=\"" + FormPage.esc(formUrl) + "\" target=\"_blank\" rel=\"noopener\">" + FormPage.esc(label) + "</a>";
    }

    static String iframe(String formUrl, String label) {
        return "<iframe src=\"" + FormPage.esc(formUrl) + "\" title=\"" + FormPage.esc(label)
                + "\" style=\"width:100%;max-width:40rem;height:56rem;border:0\" loading=\"lazy\"></iframe>";
    }

    /** The embed script for a form: its URL, the button's label and the close button's, baked in as JSON strings. */
    static String script(String formUrl, String label, String closeLabel) {
        return "(function(){var U=" + js(formUrl) + ",L=" + js(label) + ",C=" + js(closeLabel) + ";"
                + "var s=document.currentScript;if(!s)return;var sku=s.getAttribute('data-sku');"
                + "var b=document.createElement('button');b.type='button';b.className='offerbridge-rfq-button';b.textContent=L;"
                + "s.parentNode.insertBefore(b,s.nextSibling);"
                + "b.addEventListener('click',function(){"
                + "var o=document.createElement('div');o.setAttribute('role','dialog');o.setAttribute('aria-modal','true');"
                + "o.setAttribute('aria-label',L);"
                + "o.style.cssText='position:fixed;top:0;left:0;right:0;bottom:0;background:rgba(0,0,0,.55);z-index:2147483647;"
                + "display:flex;align-items:center;justify-content:center;padding:1rem;box-sizing:border-box';"
                + "var p=document.createElement('div');p.style.cssText='position:relative;width:100%;max-width:42rem;height:100%;"
                + "max-height:56rem;background:#fff;border-radius:.5rem;overflow:hidden';"
                + "var f=document.createElement('iframe');f.title=L;f.src=U+(sku?'?sku='+encodeURIComponent(sku):'');"
                + "f.style.cssText='width:100%;height:100%;border:0';"
                + "var x=document.createElement('button');x.type='button';x.textContent='\\u00d7';x.setAttribute('aria-label',C);"
                + "x.style.cssText='position:absolute;top:.3rem;right:.3rem;font-size:1.5rem;line-height:1;padding:.2rem .6rem;"
                + "border:0;background:#fff;cursor:pointer';"
                + "function close(){document.removeEventListener('keydown',key);o.remove();b.focus();}"
                + "function key(e){if(e.key==='Escape')close();}"
                + "x.addEventListener('click',close);o.addEventListener('click',function(e){if(e.target===o)close();});"
                + "document.addEventListener('keydown',key);"
                + "p.appendChild(f);p.appendChild(x);o.appendChild(p);document.body.appendChild(o);x.focus();});})();\n";
    }

    /** A JavaScript string literal that cannot end the string or a surrounding script element. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
