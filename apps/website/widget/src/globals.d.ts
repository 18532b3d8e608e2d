/** The widget's stylesheet, minified and inlined by the build (scripts/build-widget.ts). */
declare const __WIDGET_CSS__: string;
